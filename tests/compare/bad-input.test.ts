import { expect } from '@open-wc/testing';
import { $, mount, spyWarnings, text } from './helpers.js';
import { expectNoAxeViolations } from '../helpers/axe.js';

describe('<psy-compare> bad input', () => {
  let warnings: ReturnType<typeof spyWarnings>;
  beforeEach(() => (warnings = spyWarnings()));
  afterEach(() => warnings.restore());

  async function problem(attrs: Record<string, string>, content?: unknown) {
    const el = await mount(1000, attrs, content as never);
    const message = $(el, '[part=problem]');
    expect(!!message, 'a visible message').to.be.true;
    expect(message!.getAttribute('role')).to.equal('status');
    expect(message!.getBoundingClientRect().height).to.be.greaterThan(20);
    expect(!!$(el, 'table'), 'a table').to.be.false;
    expect(warnings.calls).to.have.length(1);
    return { el, message: text(message), warning: warnings.calls[0]! };
  }

  it('renders with no warning when the input is fine', async () => {
    const el = await mount(1000, { therapies: 'psychodynamic cbt', aspects: 'focus', 'heading-level': '3' });
    expect(!!$(el, 'table'), 'a table').to.be.true;
    expect(warnings.calls).to.deep.equal([]);
  });

  it('an unknown therapy: names the value and the accepted ids', async () => {
    const { message, warning } = await problem({ therapies: 'cbt gestalt' });
    const sentence =
      'therapies="cbt gestalt" is not accepted; use two or three of psychodynamic, cbt, separated by spaces.';
    expect(message).to.contain('can’t be shown').and.contain(sentence);
    expect(warning).to.contain('<psy-compare>').and.contain(sentence);
  });

  it('only one therapy, or the same one twice', async () => {
    expect((await problem({ therapies: 'cbt' })).message).to.contain('therapies="cbt" is not accepted');
    warnings.calls.length = 0;
    expect((await problem({ therapies: 'cbt cbt' })).message).to.contain('therapies="cbt cbt" is not accepted');
  });

  it('more than three therapies', async () => {
    const { message } = await problem({ therapies: 'cbt psychodynamic cbt2 x' });
    expect(message).to.contain('two or three of');
  });

  it('an unknown aspect: names the accepted aspect ids', async () => {
    const { message, warning } = await problem({ aspects: 'focus cost' });
    const accepted =
      'focus, time-orientation, structure, therapist-role, length, techniques, used-for, evidence, first-sessions';
    expect(message).to.contain(`aspects="focus cost" is not accepted; use any of ${accepted}, separated by spaces.`);
    expect(warning).to.contain(accepted);
  });

  it('a heading level out of range', async () => {
    const { message } = await problem({ 'heading-level': '9' });
    expect(message).to.contain('heading-level="9" is not accepted; use a whole number from 1 to 5.');
  });

  it('an invalid pack: says where and what was expected', async () => {
    const { message, warning } = await problem({}, { comparison: { cbt: { focus: { summary: 'plain string' } } } });
    expect(message).to.contain('.content').and.contain('comparison.cbt.focus.summary');
    expect(warning).to.contain('comparison.cbt.focus.summary');
  });

  it('a pack that is not an object at all', async () => {
    const { message } = await problem({}, ['not', 'a', 'pack']);
    expect(message).to.contain('.content');
  });

  it('recovers when the input is corrected, and warns again only for a new problem', async () => {
    const el = await mount(1000, { therapies: 'cbt' });
    el.therapies = 'cbt psychodynamic';
    await el.updateComplete;
    expect(!!$(el, '[part=problem]'), 'a problem message').to.be.false;
    expect(!!$(el, 'table'), 'a table').to.be.true;
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings.calls).to.have.length(1);
  });

  it('is accessible', async () => {
    const { el } = await problem({ therapies: 'nope' });
    await expectNoAxeViolations(el);
  });
});
