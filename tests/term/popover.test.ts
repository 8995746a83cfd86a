import { expect, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { centre, isOpen, mount, placed, popover, skipWithoutFocus, trigger } from './helpers.js';
import { press } from '../helpers/keyboard.js';

const copy = html`<p>
    We often notice <psy-term term="transference">transference</psy-term> early on, and sometimes
    <psy-term term="unconscious">unconscious</psy-term> feelings too.
  </p>
  <p><a href="#after">A link after the copy</a></p>`;

describe('<psy-term> popover', () => {
  afterEach(() => resetMouse());

  it('keeps the words in the text, as a button described by the definition', async () => {
    const { root, terms } = await mount(copy);
    const [term] = terms;
    expect(root.querySelector('p')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'We often notice transference early on',
    );
    const button = trigger(term!);
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const tip = term!.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
    expect(tip).to.equal(popover(term!));
    expect(button.getAttribute('aria-controls')).to.equal(tip.id);
    expect(tip.getAttribute('role')).to.equal('tooltip');
    expect(tip.textContent).to.contain('feelings');
    expect(isOpen(term!)).to.be.false;
  });

  it('opens on hover, and stays while the pointer moves onto the definition', async () => {
    const { terms } = await mount(copy);
    const term = terms[0]!;
    await sendMouse({ type: 'move', position: centre(trigger(term)) });
    await term.updateComplete;
    expect(isOpen(term)).to.be.true;
    expect(trigger(term).getAttribute('aria-expanded')).to.equal('true');
    await placed(term);
    await sendMouse({ type: 'move', position: centre(popover(term)) });
    await term.updateComplete;
    expect(term.shadowRoot!.querySelector(':hover')).to.equal(popover(term));
    expect(isOpen(term)).to.be.true;
  });

  it('closes once the pointer has left both the words and the definition', async () => {
    const { terms } = await mount(copy);
    const term = terms[0]!;
    await sendMouse({ type: 'move', position: centre(trigger(term)) });
    await term.updateComplete;
    expect(isOpen(term)).to.be.true;
    await sendMouse({ type: 'move', position: [innerWidth - 4, innerHeight - 4] });
    await waitUntil(() => !isOpen(term), 'the definition should close after the pointer leaves');
    expect(trigger(term).getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens on keyboard focus; Esc closes it and leaves focus on the words', async function () {
    skipWithoutFocus(this);
    const { terms } = await mount(copy);
    const term = terms[0]!;
    await press('Tab');
    expect(term.shadowRoot!.activeElement).to.equal(trigger(term));
    await term.updateComplete;
    expect(isOpen(term)).to.be.true;
    await press('Escape');
    await term.updateComplete;
    expect(isOpen(term)).to.be.false;
    expect(term.shadowRoot!.activeElement).to.equal(trigger(term));
    expect(document.activeElement).to.equal(term);
  });

  it('closes when focus moves on, and the next term opens instead', async function () {
    skipWithoutFocus(this);
    const { terms } = await mount(copy);
    const [first, second] = terms as [(typeof terms)[0], (typeof terms)[0]];
    await press('Tab');
    await first.updateComplete;
    expect(isOpen(first)).to.be.true;
    await press('Tab');
    await first.updateComplete;
    await second.updateComplete;
    expect(isOpen(first)).to.be.false;
    expect(isOpen(second)).to.be.true;
  });

  it('Enter keeps it open; Enter again closes it', async function () {
    skipWithoutFocus(this);
    const { terms } = await mount(copy);
    const term = terms[0]!;
    await press('Tab');
    await press('Enter');
    await term.updateComplete;
    expect(isOpen(term)).to.be.true;
    await press('Enter');
    await term.updateComplete;
    expect(isOpen(term)).to.be.false;
    expect(term.shadowRoot!.activeElement).to.equal(trigger(term));
  });

  it('a click opens it and keeps it open after the pointer leaves; a second click closes it', async () => {
    const { terms } = await mount(copy);
    const term = terms[0]!;
    await sendMouse({ type: 'click', position: centre(trigger(term)) });
    await term.updateComplete;
    expect(isOpen(term)).to.be.true;
    await sendMouse({ type: 'move', position: [innerWidth - 4, innerHeight - 4] });
    // a hover-opened definition closes 300 ms after the pointer leaves; a clicked one stays
    await new Promise((resolve) => setTimeout(resolve, 500));
    await term.updateComplete;
    expect(isOpen(term)).to.be.true;
    await sendMouse({ type: 'click', position: centre(trigger(term)) });
    await term.updateComplete;
    expect(isOpen(term)).to.be.false;
  });

  it('a tap opens it; a tap elsewhere closes it', async () => {
    const { root, terms } = await mount(copy);
    const term = terms[0]!;
    const button = trigger(term);
    // a touch tap: pointer events of type touch, then a click (no hover, no keyboard focus)
    button.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'touch' }));
    button.click();
    await term.updateComplete;
    expect(isOpen(term)).to.be.true;
    root.querySelector('p')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await term.updateComplete;
    expect(isOpen(term)).to.be.false;
  });

  it('Esc also closes a definition opened by hover', async function () {
    skipWithoutFocus(this);
    const { terms } = await mount(copy);
    const term = terms[1]!;
    await sendMouse({ type: 'move', position: centre(trigger(term)) });
    await term.updateComplete;
    expect(isOpen(term)).to.be.true;
    await press('Escape');
    await term.updateComplete;
    expect(isOpen(term)).to.be.false;
  });

  it('shows one definition at a time on the page', async () => {
    // the pointer, left where the tests above put it, would rest over a term here and open it (hover opens one)
    await sendMouse({ type: 'move', position: [innerWidth - 1, innerHeight - 1] });
    const { terms } = await mount(
      html`${copy}
        <p><psy-term term="unconscious">unconscious</psy-term></p>`,
    );
    const [first, , third] = terms;
    trigger(first!).click();
    await first!.updateComplete;
    expect(isOpen(first!)).to.be.true;
    trigger(third!).click();
    await first!.updateComplete;
    await third!.updateComplete;
    expect(isOpen(third!)).to.be.true;
    expect(isOpen(first!)).to.be.false;
    expect(trigger(first!).getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows the definition above a container that clips its content (top layer)', async () => {
    const { terms } = await mount(
      html`<div style="overflow: hidden; height: 2rem; position: relative; z-index: 5">
        <psy-term term="transference">transference</psy-term>
      </div>`,
    );
    const term = terms[0]!;
    trigger(term).click();
    await term.updateComplete;
    await placed(term);
    const tip = popover(term);
    const rect = tip.getBoundingClientRect();
    const [x, y] = [rect.left + rect.width / 2, rect.bottom - 4];
    // the point near the bottom of the definition is outside the clipping box, yet the definition is what is there
    expect(term.shadowRoot!.elementFromPoint(x, y)).to.equal(tip);
  });
});
