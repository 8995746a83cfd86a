import type { ContentIssue, ContentPack } from '@psy-widgets/content';
import type { ReactiveControllerHost } from 'lit';
import { lazy } from './lazy.js';
import { hold } from './pending.js';
import type { InputProblem } from './psy-element.js';

/** Content issues as input problems, so a bad `.content` shows the base element's message. */
export function contentProblems(issues: readonly ContentIssue[]): InputProblem[] {
  return issues.map((issue) => ({
    name: `.content → ${issue.path || '(the pack)'}`,
    received: issue.received,
    expected: issue.expected,
    message: `.content: ${issue.message}`,
  }));
}

export interface ResolvedContent {
  pack: ContentPack;
  problems: InputProblem[];
}

// The schema and its validator (valibot) load only when a page passes its own content.
const validator = lazy(() => import('@psy-widgets/content/validate.js'));

/**
 * Merges a page's `.content` over an element's defaults, validating the result, and remembers the answer until the
 * page hands over another object, so a render never validates twice. The validator loads on first use; until it has
 * checked the content, `resolve()` returns `undefined` and the host renders again once it has (its `updateComplete`
 * waits for that).
 */
export class ContentResolver {
  private lastInput: unknown = Symbol('none');
  private lastResult: ResolvedContent | undefined;

  /**
   * @param defaults What shows without a page's content.
   * @param base What a page's content is merged over and checked with, when more than `defaults` (texts a widget
   * does not show by default, loaded with the checker).
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly defaults: ContentPack,
    private readonly base: () => Promise<ContentPack> = () => Promise.resolve(defaults),
  ) {}

  resolve(override: unknown): ResolvedContent | undefined {
    if (override === undefined || override === null) return { pack: this.defaults, problems: [] };
    if (override === this.lastInput) return this.lastResult;
    this.lastInput = override;
    this.lastResult = undefined;
    hold(
      this.host,
      Promise.all([validator.load(), this.base()])
        .then(([checker, base]) => checker?.resolveContent(base, override) ?? Promise.reject(validator.error as Error))
        .catch((error: unknown) => ({ ok: false as const, issues: [unloadable(error)] }))
        .then((result) => {
          if (override !== this.lastInput) return; // the page has handed over another object meanwhile
          this.lastResult = result.ok
            ? { pack: result.pack, problems: [] }
            : { pack: this.defaults, problems: contentProblems(result.issues) };
        }),
    );
    return undefined;
  }
}

function unloadable(error: unknown): ContentIssue {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    path: '',
    expected: 'content that could be checked',
    received: `a checker that did not load (${detail})`,
    message: `The content pack could not be checked, because the checker did not load (${detail}).`,
  };
}
