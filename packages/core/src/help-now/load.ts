let loading: Promise<unknown> | undefined;

/**
 * Registers `<psy-help-now>` without holding up a widget's first render. Until it has loaded, a `<psy-help-now>`
 * shows its own children (the panel has no slot, so they disappear once it is defined): give it a fallback, such as
 * the advice to call the local emergency number. Returns the same promise however often it is called. If the module
 * cannot load (offline), the fallback stays, and the next call (the next press of a help button) tries again.
 */
export function loadHelpNow(): Promise<unknown> {
  loading ??= import('../define/psy-help-now.js').catch((error: unknown) => {
    loading = undefined;
    console.warn(
      `[psy-widgets] <psy-help-now> did not load, so only the fallback in its place shows: ${(error as Error)?.message ?? error}`,
    );
  });
  return loading;
}
