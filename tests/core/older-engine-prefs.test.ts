import { expect } from '@open-wc/testing';

// Runs only in Firefox ESR with the newer features switched off (the "older-engine" group of the test config): it
// proves that engine really lacks them, so the fallback tests run beside it check something.
describe('the older engine', () => {
  it('lacks relative colour syntax, so the static palette is in force', () => {
    expect(CSS.supports('color', 'color(from red srgb-linear r g b)')).to.equal(false);
  });
});
