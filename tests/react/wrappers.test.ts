// The @lit/react wrappers from psy-widgets/react (for React 18), rendered here by React 19: props become properties,
// and the psy-* events arrive through onPsy… props.
import { expect } from '@open-wc/testing';
import { therapies } from '@psy-widgets/content/packs/en-GB/therapies.js';
import { questionSets } from '@psy-widgets/content/packs/en-GB/self-check.js';
import { createElement, createRef } from 'react';
import type { PsyExplainer as PsyExplainerElement } from '@psy-widgets/explainer';
import { PsyCompare, PsyExplainer, PsyHelpNow, PsySelfCheck, PsyTerm } from '../../packages/psy-widgets/src/react.js';
import { cleanup, render, settled } from './render.js';

const text = (root: Element, selector: string) => root.shadowRoot!.querySelector(selector)?.textContent?.trim();

describe('psy-widgets/react wrappers', () => {
  afterEach(cleanup);

  it('registers the elements and forwards a ref to the element', async () => {
    const ref = createRef<PsyExplainerElement>();
    render(createElement(PsyExplainer, { ref, therapy: 'cbt' }));
    expect(customElements.get('psy-explainer')).to.exist;
    const explainer = await settled(ref.current!);
    expect(explainer.localName).to.equal('psy-explainer');
    expect(text(explainer, '[part=title]')).to.equal(therapies.cbt!.name);
  });

  it('sets camelCase props as properties: headingLevel and an object of questions', async () => {
    const set = questionSets.preferences!;
    const psychodynamic = { ...set.therapies.psychodynamic!, title: 'Is our way of working for you?' };
    const questions = { ...set, therapies: { ...set.therapies, psychodynamic } };
    const { container } = render(createElement(PsySelfCheck, { headingLevel: 3, questions }));
    const check = await settled(container.querySelector('psy-self-check')!);
    expect(check.questions).to.equal(questions);
    expect(check.shadowRoot!.querySelector('#title')!.getAttribute('aria-level')).to.equal('3');
    expect(text(check, '#title')).to.equal('Is our way of working for you?');
  });

  it('calls onPsyToggle when a section opens and closes', async () => {
    const toggles: boolean[] = [];
    const { container } = render(
      createElement(PsyExplainer, { layout: 'accordion', onPsyToggle: (e) => toggles.push(e.detail.open) }),
    );
    const explainer = await settled(container.querySelector('psy-explainer')!);
    const toggle = explainer.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle]')!;
    toggle.click();
    await settled(explainer);
    toggle.click();
    await settled(explainer);
    expect(toggles).to.deep.equal([true, false]);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('calls onPsyStart, onPsyStep, onPsyComplete and onPsyCrisis', async () => {
    const events: string[] = [];
    const { container } = render(
      createElement(PsySelfCheck, {
        region: 'GB',
        onPsyStart: (e) => events.push(`start ${e.detail.questionSet}`),
        onPsyStep: (e) => events.push(`step ${e.detail.step}`),
        onPsyComplete: (e) => events.push(`complete ${e.detail.answers ? 'with answers' : e.detail.outcome}`),
        onPsyCrisis: (e) => events.push(`crisis ${e.detail.region}`),
      }),
    );
    const check = await settled(container.querySelector('psy-self-check')!);
    const $ = (selector: string) => check.shadowRoot!.querySelector<HTMLElement>(selector)!;
    $('[part=start]').click();
    await settled(check);
    $('[part=urgent]').click();
    const total = questionSets.preferences!.questions.length;
    for (let i = 0; i < total; i++) {
      $('input[type=radio]').click();
      $('button[type=submit]').click();
      await settled(check);
    }
    expect(events.slice(0, 3)).to.deep.equal(['start preferences', 'step 0', 'crisis GB']);
    expect(events.filter((e) => e.startsWith('step'))).to.have.length(total);
    expect(events.at(-1)).to.match(/^complete [a-z-]+$/);
  });

  it('stops calling a handler once React removes it', async () => {
    let calls = 0;
    const { container, rerender } = render(createElement(PsySelfCheck, { onPsyStart: () => calls++ }));
    rerender(createElement(PsySelfCheck, {}));
    const check = await settled(container.querySelector('psy-self-check')!);
    check.shadowRoot!.querySelector<HTMLElement>('[part=start]')!.click();
    expect(calls).to.equal(0);
  });

  it('renders the comparison, a glossary term with its words, and the help panel', async () => {
    const { container } = render(
      createElement(
        'div',
        null,
        createElement(PsyCompare, { therapies: 'psychodynamic cbt' }),
        createElement(PsyTerm, { term: 'transference' }, 'transference'),
        createElement(PsyHelpNow, { region: 'GB', headingLevel: 3 }),
      ),
    );
    const compare = await settled(container.querySelector('psy-compare')!);
    const heads = [...compare.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(heads.slice(1)).to.deep.equal([therapies.psychodynamic!.name, therapies.cbt!.name]);
    const term = await settled(container.querySelector('psy-term')!);
    expect(term.textContent).to.equal('transference');
    expect(term.shadowRoot!.querySelector('[part=trigger]')).to.exist;
    const help = await settled(container.querySelector('psy-help-now')!);
    expect(help.shadowRoot!.querySelector('[part=title]')!.getAttribute('aria-level')).to.equal('3');
    expect(help.shadowRoot!.textContent).to.contain('999');
  });
});
