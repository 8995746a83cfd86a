import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, mount, shown } from './helpers.js';

const inView = (node: Element) => {
  const rect = node.getBoundingClientRect();
  return rect.top >= -1 && rect.top < innerHeight;
};

describe('<psy-explainer> deep links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('gives every section a stable id: psy-<section>', async () => {
    const el = await mount();
    expect($$(el, 'section').map((s) => s.id)).to.deep.equal([
      'psy-principles',
      'psy-techniques',
      'psy-helps-with',
      'psy-who-it-suits',
      'psy-sessions',
      'psy-duration',
      'psy-variants',
      'psy-differences',
      'psy-alongside-other-help',
      'psy-faq',
      'psy-sources',
    ]);
  });

  it('a page opened at #psy-duration opens that section and scrolls to it', async () => {
    history.replaceState(null, '', '#psy-duration');
    const el = await mount({ layout: 'accordion' });
    await el.updateComplete;
    const section = $(el, '#psy-duration')!;
    expect(section.querySelector('[part=toggle]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(shown($(el, '#psy-duration-panel'))).to.be.true;
    expect(shown($(el, '#psy-techniques-panel'))).to.be.false;
    await waitUntil(() => inView(section), 'the section should be scrolled into view');
  });

  it('a link to #psy-faq later on the page opens the FAQ, with a psy-toggle event', async () => {
    const el = await mount({ layout: 'accordion' });
    const events: unknown[] = [];
    el.addEventListener('psy-toggle', (e) => events.push(e.detail));
    location.hash = '#psy-faq';
    await waitUntil(() => shown($(el, '#psy-faq-panel')), 'the FAQ should open');
    expect(events).to.deep.equal([{ section: 'faq', open: true }]);
    await waitUntil(() => inView($(el, '#psy-faq')!), 'the FAQ should be scrolled into view');
  });

  it('summary: a deep link shows the sections too', async () => {
    history.replaceState(null, '', '#psy-sources');
    const el = await mount({ layout: 'summary' });
    await el.updateComplete;
    expect(shown($(el, '#psy-sources'))).to.be.true;
  });

  it('ignores addresses that are not its own sections', async () => {
    history.replaceState(null, '', '#psy-nothing-here');
    const el = await mount({ layout: 'accordion' });
    expect($$(el, '[part=toggle][aria-expanded=true]')).to.have.length(0);
  });
});
