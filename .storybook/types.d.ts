// The web-components renderer ships this entry without types; it holds the manifest readers for arg tables.
declare module '@storybook/web-components/entry-preview-argtypes' {
  export const parameters: {
    docs: {
      extractArgTypes: (tagName: string) => Record<string, unknown> | null | undefined;
      extractComponentDescription: (tagName: string) => string | null | undefined;
    };
  };
}
