// A page that hands an element new content while the previous content is still being checked must end up showing the
// newer content, whichever check finishes last.
import { expect } from '@open-wc/testing';
import type { ContentPack, PartialContentPack } from '../../packages/content/src/index.js';
import { ContentResolver } from '../../packages/core/src/content.js';
import { pendingOf } from '../../packages/core/src/pending.js';

/** A promise settled from outside, to decide which check finishes first. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
const defaults: ContentPack = { locale: 'en-GB' };
const labelled = (label: string): PartialContentPack => ({ aspects: [{ id: 'focus', label, differsMost: false }] });

describe('content handed over twice while the first is being checked', () => {
  it('shows the newer content even when the older check finishes last', async () => {
    await import('../../packages/content/src/validate.js'); // the checker is loaded: only the two bases decide the order
    const first = deferred<ContentPack>();
    const second = deferred<ContentPack>();
    const bases = [first.promise, second.promise];
    const resolver = new ContentResolver(host, defaults, () => bases.shift()!);

    const older = labelled('Older');
    const newer = labelled('Newer');
    expect(resolver.resolve(older)).to.equal(undefined); // being checked
    expect(resolver.resolve(newer)).to.equal(undefined);

    second.resolve(defaults); // the newer check finishes first…
    await new Promise((done) => setTimeout(done, 50));
    expect(resolver.resolve(newer)?.pack.aspects?.[0]?.label).to.equal('Newer');
    first.resolve(defaults); // …and the older one last
    await pendingOf(host);
    await new Promise((done) => setTimeout(done));

    const shown = resolver.resolve(newer);
    expect(shown?.problems).to.deep.equal([]);
    expect(shown?.pack.aspects?.[0]?.label).to.equal('Newer');
  });
});
