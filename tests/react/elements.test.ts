// The elements used directly in React 19 (no wrapper): React sets known properties as properties, other props as
// attributes, and listens to `on<event-name>` props. Props are typed by psy-widgets/jsx.
import { expect } from '@open-wc/testing';
import { therapies } from '@psy-widgets/content/packs/en-GB/therapies.js';
import { questionSets } from '@psy-widgets/content/packs/en-GB/self-check.js';
import { createElement, type JSX } from 'react';
import '../../packages/psy-widgets/src/index.js';
import type {} from '../../packages/psy-widgets/src/jsx.js';
import type { PsyEvent } from '../../packages/core/src/index.js';
import { cleanup, render, settled } from './render.js';

type Tag = 'psy-explainer' | 'psy-compare' | 'psy-self-check' | 'psy-term' | 'psy-help-now';
/** createElement for a psy-* tag, with its props checked against the generated JSX types. */
const el = <T extends Tag>(tag: T, props: JSX.IntrinsicElements[T]) => createElement(tag, props);

const find = <T extends Tag>(container: HTMLElement, tag: T) =>
  settled(container.querySelector(tag) as HTMLElementTagNameMap[T]);
const text = (root: Element, selector: string) => root.shadowRoot!.querySelector(selector)?.textContent?.trim();

describe('React 19 with the elements themselves', () => {
  afterEach(cleanup);

  it('sets a string prop as the property, and updates it on the next render', async () => {
    const { container, rerender } = render(el('psy-explainer', { therapy: 'cbt' }));
    const explainer = await find(container, 'psy-explainer');
    expect(explainer.therapy).to.equal('cbt');
    expect(text(explainer, '[part=title]')).to.equal(therapies.cbt!.name);

    rerender(el('psy-explainer', { therapy: 'psychodynamic' }));
    await settled(explainer);
    expect(text(explainer, '[part=title]')).to.equal(therapies.psychodynamic!.name);
  });

  it('passes a dashed attribute as an attribute, which the element reads', async () => {
    const { container } = render(el('psy-explainer', { 'heading-level': 4 }));
    const explainer = await find(container, 'psy-explainer');
    expect(explainer.getAttribute('heading-level')).to.equal('4');
    expect(explainer.shadowRoot!.querySelector('[part=title]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('passes an object as a property: a question set of the page’s own', async () => {
    const set = questionSets.preferences!;
    const psychodynamic = { ...set.therapies.psychodynamic!, title: 'Is our way of working for you?' };
    const questions = { ...set, therapies: { ...set.therapies, psychodynamic } };
    const { container } = render(el('psy-self-check', { questions }));
    const check = await find(container, 'psy-self-check');
    expect(check.questions).to.equal(questions);
    expect(text(check, '#title')).to.equal('Is our way of working for you?');
  });

  it('shows the bad-input message for content that does not fit, passed as a property', async () => {
    const { container } = render(el('psy-explainer', { content: { therapies: 5 } as never }));
    const explainer = await find(container, 'psy-explainer');
    expect(explainer.shadowRoot!.querySelector('[part=problem]')).to.exist;
    expect(explainer.hasAttribute('content')).to.be.false;
  });

  it('receives psy-toggle through onpsy-toggle', async () => {
    const toggles: PsyEvent<'psy-toggle'>['detail'][] = [];
    const { container } = render(
      el('psy-explainer', { layout: 'accordion', 'onpsy-toggle': (event) => toggles.push(event.detail) }),
    );
    const explainer = await find(container, 'psy-explainer');
    const toggle = explainer.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle]')!;
    toggle.click();
    await settled(explainer);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggles).to.have.length(1);
    expect(toggles[0]!.open).to.be.true;
    expect(toggles[0]!.section).to.be.a('string').and.not.empty;
  });

  it('receives the self-check’s psy-start, psy-step, psy-complete and psy-crisis', async () => {
    const events: string[] = [];
    const { container } = render(
      el('psy-self-check', {
        region: 'GB',
        'onpsy-start': (e) => events.push(`start ${e.detail.questionSet}`),
        'onpsy-step': (e) => events.push(`step ${e.detail.step}`),
        'onpsy-complete': (e) => events.push(`complete ${'answers' in e.detail ? 'with answers' : e.detail.outcome}`),
        'onpsy-crisis': (e) => events.push(`crisis ${e.detail.region}`),
      }),
    );
    const check = await find(container, 'psy-self-check');
    const $ = <E extends Element>(selector: string) => check.shadowRoot!.querySelector<E & HTMLElement>(selector)!;
    $('[part=urgent]').click();
    $('[part=start]').click();
    await settled(check);
    const total = questionSets.preferences!.questions.length;
    for (let i = 0; i < total; i++) {
      $('input[type=radio]').click();
      $('button[type=submit]').click();
      await settled(check);
    }
    expect(events[0]).to.equal('crisis GB');
    expect(events.slice(1, 3)).to.deep.equal(['start preferences', 'step 0']);
    expect(events.filter((e) => e.startsWith('step'))).to.have.length(total);
    expect(events.at(-1)).to.match(/^complete [a-z-]+$/); // the outcome only, never the answers
    expect($('[part=result]')).to.exist;
  });

  it('renders the comparison, the glossary term and the help panel from their attributes', async () => {
    const { container } = render(
      createElement(
        'div',
        null,
        el('psy-compare', { therapies: 'cbt psychodynamic' }),
        el('psy-term', { term: 'transference', children: 'transference' }),
        el('psy-help-now', { region: 'GB' }),
      ),
    );
    const compare = await find(container, 'psy-compare');
    const heads = [...compare.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(heads.slice(1)).to.deep.equal([therapies.cbt!.name, therapies.psychodynamic!.name]);
    const term = await find(container, 'psy-term');
    expect(term.shadowRoot!.querySelector('[part=trigger]')).to.exist;
    const help = await find(container, 'psy-help-now');
    expect(help.shadowRoot!.textContent).to.contain('999');
  });

  it('removes the element when React unmounts it', async () => {
    const { container, rerender } = render(el('psy-help-now', { region: 'GB' }));
    await find(container, 'psy-help-now');
    rerender(null);
    expect(container.querySelector('psy-help-now')).to.be.null;
  });
});

// Checked by `npm run typecheck`, never run: the JSX types reject what the elements would not accept.
export function rejectedByTheJsxTypes() {
  // @ts-expect-error therapy is a string
  el('psy-explainer', { therapy: 5 });
  // @ts-expect-error psy-toggle's detail has no outcome
  el('psy-explainer', { 'onpsy-toggle': (e) => e.detail.outcome });
  // @ts-expect-error psy-compare has no such property
  el('psy-compare', { therapy: 'cbt' });
}
