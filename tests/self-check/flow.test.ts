import { expect, html } from '@open-wc/testing';
import {
  $,
  $$,
  answerAll,
  button,
  mount,
  choose,
  click,
  defaultSet,
  legend,
  liveText,
  focusOf,
  towardsPsychodynamic,
} from './helpers.js';

const checked = (el: Element) => $$<HTMLInputElement>(el, 'input[type=radio]').find((i) => i.checked)?.value;

describe('<psy-self-check> flow', () => {
  it('opens with what it is, what it is not, how long it takes, the privacy promise and Start', async () => {
    const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
    const intro = $(el, '[part="intro"]')!.innerText;
    expect($(el, '#title')!.textContent!.trim()).to.equal(defaultSet.therapies.psychodynamic!.title);
    expect($(el, '#title')!.getAttribute('role')).to.equal('heading');
    expect(intro).to.contain('reflection aid');
    expect(intro).to.contain('It is not a diagnosis or an assessment.');
    expect(intro).to.contain('7 short questions and takes about two minutes');
    expect(intro).to.contain('not sent anywhere or saved');
    expect(intro).to.contain('gone when you leave or reload the page');
    expect(button(el, 'Start')).to.exist;
    expect($(el, 'fieldset')).to.equal(null);
  });

  it('lets the intro slot replace the set’s intro text, keeping the promises', async () => {
    const el = await mount(
      html`<psy-self-check region="GB"><p slot="intro">Our own words about the check.</p></psy-self-check>`,
    );
    const slot = $<HTMLSlotElement>(el, 'slot[name="intro"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Our own words about the check.');
    expect((el.querySelector('[slot=intro]') as HTMLElement).getBoundingClientRect().height).to.be.greaterThan(0);
    expect($(el, '[part="intro"]')!.innerText).to.contain('not a diagnosis');
  });

  it('shows one question per step with native radios, and progress in words', async () => {
    const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
    await click(el, 'Start');
    const first = defaultSet.questions[0]!;
    expect($$(el, 'fieldset')).to.have.length(1);
    expect(legend(el)).to.equal(first.prompt);
    const radios = $$<HTMLInputElement>(el, 'fieldset input[type=radio]');
    expect(radios.map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal(first.options.map((o) => o.label));
    expect(new Set(radios.map((r) => r.name)).size).to.equal(1);
    expect($(el, '[part="progress"]')!.innerText).to.contain('Question 1 of 7');
    expect(liveText(el)).to.equal('Question 1 of 7');
    for (const label of $$(el, '[part="option"]')) expect(label.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('moves focus to each new question, with room kept above the header for a sticky site header', async () => {
    const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
    await click(el, 'Start');
    expect(focusOf(el)).to.equal('span#question');
    expect(getComputedStyle($(el, '[part="header"]')!).scrollMarginTop).to.equal('80px');
    el.style.setProperty('--psy-scroll-margin', '120px');
    expect(getComputedStyle($(el, '[part="header"]')!).scrollMarginTop).to.equal('120px');
    await choose(el, 'me');
    await click(el, 'Next');
    expect(focusOf(el)).to.equal('span#question');
    expect(legend(el)).to.equal(defaultSet.questions[1]!.prompt);
    expect(liveText(el)).to.equal('Question 2 of 7');
  });

  it('does not move on when an answer is chosen', async () => {
    const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
    await click(el, 'Start');
    await choose(el, 'both');
    expect(legend(el)).to.equal(defaultSet.questions[0]!.prompt);
    expect(checked(el)).to.equal('both');
  });

  it('says what is missing when Next is pressed without an answer, and focuses the answers', async () => {
    const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
    await click(el, 'Start');
    await click(el, 'Next');
    expect(legend(el)).to.equal(defaultSet.questions[0]!.prompt);
    const error = $(el, '[part="error"]')!;
    expect(error.innerText).to.contain('Choose an answer to this question to go on.');
    const radios = $$<HTMLInputElement>(el, 'input[type=radio]');
    for (const radio of radios) {
      expect(radio.getAttribute('aria-invalid')).to.equal('true');
      expect(radio.getAttribute('aria-describedby')).to.contain(error.id);
    }
    expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.contain(error.id);
    expect(focusOf(el)).to.equal('input ""');
    expect((el.shadowRoot!.activeElement as HTMLInputElement).value).to.equal('me');
    // choosing an answer clears the message
    await choose(el, 'me');
    expect($(el, '[part="error"]')).to.equal(null);
    expect(radios[0]!.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('keeps every answer when going Back, and again when going forward', async () => {
    const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
    await click(el, 'Start');
    await choose(el, 'both');
    await click(el, 'Next');
    await choose(el, 'less');
    await click(el, 'Next');
    await click(el, 'Back');
    expect(legend(el)).to.equal(defaultSet.questions[1]!.prompt);
    expect(checked(el)).to.equal('less');
    expect(liveText(el)).to.equal('Question 2 of 7');
    await click(el, 'Back');
    expect(checked(el)).to.equal('both');
    await click(el, 'Next');
    expect(checked(el)).to.equal('less');
    await click(el, 'Back');
    await click(el, 'Back');
    expect($(el, '[part="intro"]')).to.exist;
    expect(focusOf(el)).to.equal('div#title');
    await click(el, 'Start');
    expect(checked(el)).to.equal('both');
  });

  it('announces the result and moves focus to it', async () => {
    const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
    await answerAll(el, towardsPsychodynamic);
    expect(liveText(el)).to.equal('Your result is shown.');
    expect(focusOf(el)).to.equal('div#result');
  });

  it('forgets everything on Start again', async () => {
    const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
    await answerAll(el, towardsPsychodynamic);
    await click(el, 'Start again');
    expect($(el, '[part="intro"]')).to.exist;
    expect(focusOf(el)).to.equal('div#title');
    expect(liveText(el)).to.equal('');
    await click(el, 'Start');
    expect(checked(el)).to.equal(undefined);
    await click(el, 'Next');
    expect($(el, '[part="error"]')).to.exist;
  });

  it('puts its headings at the level asked for', async () => {
    const el = await mount(html`<psy-self-check region="GB" heading-level="3"></psy-self-check>`);
    expect($(el, '#title')!.getAttribute('aria-level')).to.equal('3');
    await answerAll(el, towardsPsychodynamic);
    expect($(el, '#result')!.getAttribute('aria-level')).to.equal('4');
    expect($$(el, '.subheading').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['5', '5', '5']);
  });

  it('prints the result alone: only the summary, the rest of the page hidden until printing ends', async () => {
    const el = await mount(html`<psy-self-check region="GB"></psy-self-check>`);
    await answerAll(el, towardsPsychodynamic);
    const original = window.print;
    let sheetsWhilePrinting = 0;
    let markedWhilePrinting = false;
    window.print = () => {
      sheetsWhilePrinting = document.adoptedStyleSheets.length;
      markedWhilePrinting = el.hasAttribute('data-psy-printing');
    };
    const before = document.adoptedStyleSheets.length;
    try {
      await click(el, 'Print or save as PDF');
    } finally {
      window.print = original;
    }
    expect(markedWhilePrinting).to.equal(true);
    expect(sheetsWhilePrinting).to.equal(before + 1);
    const rule = [...document.adoptedStyleSheets.at(-1)!.cssRules].map((r) => r.cssText).join(' ');
    expect(rule).to.contain('print').and.contain('visibility: hidden');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.adoptedStyleSheets.length).to.equal(before);
    expect(el.hasAttribute('data-psy-printing')).to.equal(false);
  });
});
