// Types for the parts of minify-templates.mjs that the browser tests import.
export function minifyCss(raw: string, options?: { first?: boolean; last?: boolean }): string;
export function minifyHtml(raw: string): string;
export function templateEdits(
  code: string,
  parse: (code: string) => unknown,
): [start: number, end: number, text: string][];
