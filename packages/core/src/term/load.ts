let loading: Promise<unknown> | undefined;

/**
 * Registers `<psy-term>` without holding up a widget's first render. Until it has loaded, a term's words show as
 * plain text, styled as a term (see theme/base.ts); then they become the button that opens the definition. Returns
 * the same promise however often it is called. If the module cannot load (offline), the words stay plain text.
 */
export function loadTerm(): Promise<unknown> {
  loading ??= import('../define/psy-term.js').catch((error: unknown) => {
    console.warn(
      `[psy-widgets] <psy-term> did not load, so glossary words show as plain text: ${(error as Error)?.message ?? error}`,
    );
  });
  return loading;
}
