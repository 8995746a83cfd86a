import { expect } from '@open-wc/testing';
import { enGB, resolveContent, type ContentIssue, type ContentPack } from '../../packages/content/src/index.js';

/** A deep copy of the default pack that a test may change. */
export const copy = (): ContentPack => structuredClone(enGB);

/** Resolves an override and returns its issues (failing if there are none). */
export function issuesOf(override: unknown, base: ContentPack = enGB): ContentIssue[] {
  const result = resolveContent(base, override);
  expect(result.ok, 'expected the override to be refused').to.equal(false);
  return result.ok ? [] : result.issues;
}

/** The issue at `path` (failing, with every issue found, if there is none). */
export function issueAt(issues: ContentIssue[], path: string): ContentIssue {
  const issue = issues.find((i) => i.path === path);
  expect(issue, `no issue at ${path}; got ${JSON.stringify(issues, null, 2)}`).to.not.equal(undefined);
  return issue!;
}
