// Style sheets as the browser understands them, for comparing built CSS with the sources.

export function sheetOf(text: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return sheet;
}

/**
 * The browser's own serialization of each rule. Values with var() and `@supports` conditions are kept as written, so
 * there the whitespace that CSS ignores (around commas, inside parentheses, after colons) is evened out.
 */
export function rules(...sheets: CSSStyleSheet[]): string[] {
  return sheets.flatMap((sheet) =>
    [...sheet.cssRules].map((rule) =>
      rule.cssText
        .replace(/\s+/g, ' ')
        .replace(/\s*,\s*/g, ',')
        .replace(/\(\s+/g, '(')
        .replace(/\s+\)/g, ')')
        .replace(/:\s+/g, ':'),
    ),
  );
}
