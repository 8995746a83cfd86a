// Types for the parts of minify-templates.mjs that the browser tests import.
export function minifyCss(raw: string, options?: { first?: boolean; last?: boolean; keepLines?: boolean }): string;
export function minifyHtml(raw: string, options?: { keepLines?: boolean }): string;
export function minifyTemplates(
  code: string,
  parse: (code: string) => unknown,
  options?: { keepLines?: boolean },
): string;
export function minifyTemplatesPlugin(): { name: string; transform(code: string, id: string): unknown };
