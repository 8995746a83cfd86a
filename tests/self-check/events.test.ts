import { expect, html } from '@open-wc/testing';
import { answerAll, answerFromHere, mount, click, defaultSet, towardsPsychodynamic } from './helpers.js';

const top = towardsPsychodynamic;

/** Every psy-* event that reaches the document, in order: type and detail. */
function record(): { events: { type: string; detail: unknown }[]; stop(): void } {
  const events: { type: string; detail: unknown }[] = [];
  const types = ['psy-start', 'psy-step', 'psy-complete', 'psy-crisis'];
  const listener = (event: Event) => events.push({ type: event.type, detail: (event as CustomEvent).detail });
  for (const type of types) document.addEventListener(type, listener);
  return { events, stop: () => types.forEach((type) => document.removeEventListener(type, listener)) };
}

describe('<psy-self-check> events', () => {
  it('fires psy-start, psy-step with the index only, and psy-complete with the outcome only', async () => {
    const log = record();
    try {
      const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
      await click(el, 'Start');
      await click(el, 'Next'); // no answer yet: no step
      await answerFromHere(el, top);
      expect(log.events[0]).to.deep.equal({ type: 'psy-start', detail: { questionSet: 'preferences' } });
      expect(log.events.filter((e) => e.type === 'psy-step').map((e) => e.detail)).to.deep.equal(
        defaultSet.questions.map((_, step) => ({ step })),
      );
      expect(log.events.at(-1)).to.deep.equal({ type: 'psy-complete', detail: { outcome: 'closer-psychodynamic' } });
      // nothing an answer could be read from
      const text = JSON.stringify(log.events);
      for (const id of top) expect(text).not.to.contain(`"${id}"`);
    } finally {
      log.stop();
    }
  });

  it('fires psy-step when going Back', async () => {
    const log = record();
    try {
      const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
      await answerAll(el, top.slice(0, 3));
      log.events.length = 0;
      await click(el, 'Back');
      expect(log.events).to.deep.equal([{ type: 'psy-step', detail: { step: 2 } }]);
    } finally {
      log.stop();
    }
  });

  it('adds the answers to psy-complete only when the page sets share-answers', async () => {
    const log = record();
    try {
      const el = await mount(html`<psy-self-check region="GB" share-answers></psy-self-check>`);
      await answerAll(el, top);
      expect(log.events.at(-1)).to.deep.equal({
        type: 'psy-complete',
        detail: {
          outcome: 'closer-psychodynamic',
          answers: Object.fromEntries(defaultSet.questions.map((q, i) => [q.id, top[i]])),
        },
      });
      // the other events stay as they are
      for (const event of log.events.slice(0, -1)) expect(JSON.stringify(event.detail)).not.to.contain('"me"');
    } finally {
      log.stop();
    }
  });

  it('sends events that bubble out of shadow roots', async () => {
    const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
    let seen: Event | undefined;
    document.addEventListener('psy-start', (event) => (seen = event), { once: true });
    await click(el, 'Start');
    expect(seen).to.be.instanceOf(CustomEvent);
    expect(seen!.bubbles && seen!.composed).to.equal(true);
  });
});
