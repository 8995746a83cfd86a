/** The words of a space-separated attribute, each once, in the order given. */
export const words = (value: string | null | undefined): string[] => [
  ...new Set((value ?? '').split(/\s+/).filter(Boolean)),
];
