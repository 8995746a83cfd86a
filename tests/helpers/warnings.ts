/** Records what the page's console is warned about (the widgets name bad input there), until `restore()`. */
export function spyWarnings(): { calls: string[]; restore(): void } {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => calls.push(args.join(' '));
  return { calls, restore: () => (console.warn = original) };
}
