/**
 * What `render()` throws for markup it cannot render as asked: an unknown `psy-*` tag, or an element whose input the
 * element itself does not accept (the message a browser would show in its place). A server has no visitor to show a
 * message to, so it fails the build or the request instead, naming what was wrong and what is accepted.
 */
export class PsyRenderError extends Error {
  override name = 'PsyRenderError';

  constructor(
    message: string,
    /** The tag the problem is with, such as `psy-explainer`. */
    readonly tag: string,
    /** Each problem as one sentence: `therapy="xyz" is not accepted; use psychodynamic or cbt.` */
    readonly problems: readonly string[] = [message],
  ) {
    super(message);
  }
}
