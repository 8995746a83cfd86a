/**
 * A loader for an element that registers from its own file, so it does not hold up a widget's first render. The
 * returned function gives the same promise however often it is called; the promise never rejects. If the file cannot
 * load (offline), the page's console says so, naming what shows `meanwhile`, and the next call tries again.
 */
export function defineLater(tag: string, load: () => Promise<unknown>, meanwhile: string): () => Promise<unknown> {
  let loading: Promise<unknown> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      console.warn(`[psy-widgets] <${tag}> did not load, so ${meanwhile}: ${(error as Error)?.message ?? error}`);
    }));
}
