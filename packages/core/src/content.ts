import { resolveContent, type ContentIssue, type ContentPack } from '@psy-widgets/content';
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

/**
 * Merges a page's `.content` over an element's defaults, validating the result, and remembers the answer until the
 * page hands over another object, so a render never validates twice.
 */
export class ContentResolver {
  private lastInput: unknown = Symbol('none');
  private lastResult: { pack: ContentPack; problems: InputProblem[] } | undefined;

  constructor(private readonly defaults: ContentPack) {}

  resolve(override: unknown): { pack: ContentPack; problems: InputProblem[] } {
    if (this.lastResult && override === this.lastInput) return this.lastResult;
    const result =
      override === undefined || override === null
        ? { ok: true as const, pack: this.defaults }
        : resolveContent(this.defaults, override);
    this.lastInput = override;
    this.lastResult = result.ok
      ? { pack: result.pack, problems: [] }
      : { pack: this.defaults, problems: contentProblems(result.issues) };
    return this.lastResult;
  }
}
