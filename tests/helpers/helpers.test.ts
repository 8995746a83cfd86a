// The shared test helpers themselves: a helper that passed whatever happened would make every test using it pass too.
import { expect, html } from '@open-wc/testing';
import '../../packages/core/src/define/psy-help-now.js';
import { expectAccessibleInBothSchemes, expectNoAxeViolations } from './axe.js';
import { focused, focusOf, press, skipWithoutFocus, tab } from './keyboard.js';
import { mount } from './mount.js';
import { spyWarnings } from './warnings.js';
import { issueAt, issuesOf } from './content-issues.js';

/** The error a promise rejects with, or fails if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the check to fail, but it passed');
}

describe('test helpers: axe', () => {
  it('fails on a button with no name, naming the rule and the element', async () => {
    const box = await mount(html`<div><button id="nameless"></button></div>`);
    const error = await rejection(expectNoAxeViolations(box, 'light scheme'));
    expect(error.message).to.match(/^1 axe violation \(light scheme\):/);
    expect(error.message).to.contain('button-name (critical)');
    expect(error.message).to.contain('at #nameless');
  });

  it('passes a button with a name', async () => {
    const box = await mount(html`<div><button>Start</button></div>`);
    await expectNoAxeViolations(box);
  });

  it('checks both colour schemes: text readable only in light fails, naming the dark scheme', async () => {
    const p = await mount(html`<p style="color: light-dark(#000, #333)">Words that fade in the dark.</p>`, {
      scheme: 'light',
    });
    await expectNoAxeViolations(p);
    const error = await rejection(expectAccessibleInBothSchemes(p));
    expect(error.message).to.contain('(dark scheme)');
    expect(error.message).to.contain('color-contrast');
    expect(p.parentElement!.style.colorScheme, 'the scheme is put back').to.equal('light');
  });
});

describe('test helpers: mount', () => {
  it('sets attributes and properties before the widget is connected, and waits for it to render', async () => {
    const el = await mount<HTMLElement & { region: string }>('psy-help-now', {
      attrs: { region: 'GB-ENG', 'heading-level': 3, hidden: false },
      width: 320,
    });
    expect(el.hasAttribute('hidden')).to.be.false;
    expect(el.getAttribute('heading-level')).to.equal('3');
    expect(el.parentElement!.getBoundingClientRect().width).to.equal(320);
    expect(el.shadowRoot!.querySelector('a')!.textContent!.trim()).to.equal('Call 999');
  });

  it('takes away what the test before mounted', () => {
    expect(document.querySelectorAll('psy-help-now')).to.have.length(0);
  });
});

describe('test helpers: keyboard', () => {
  beforeEach(function () {
    skipWithoutFocus(this);
  });

  it('Tab moves focus through a widget, Enter presses what has it, and focusOf names it', async () => {
    const el = await mount(html`<div></div>`);
    el.attachShadow({ mode: 'open' }).innerHTML = '<button id="first">One</button><button>Two</button>';
    let pressed = 0;
    el.shadowRoot!.querySelectorAll('button')[1]!.addEventListener('click', () => pressed++);
    el.shadowRoot!.querySelector('button')!.focus();
    expect(focusOf(el)).to.equal('button#first');
    await tab();
    expect(focusOf(el)).to.equal('button "Two"');
    await press('Enter');
    expect(pressed).to.equal(1);
    expect(focused(el)!.textContent).to.equal('Two');
  });
});

describe('test helpers: warnings', () => {
  it('records console warnings until restored', () => {
    const original = console.warn;
    const warnings = spyWarnings();
    console.warn('region="XX"', 'is not accepted');
    warnings.restore();
    expect(warnings.calls).to.deep.equal(['region="XX" is not accepted']);
    expect(console.warn).to.equal(original);
  });
});

describe('test helpers: content issues', () => {
  it('issuesOf fails on an override the schema accepts, and issueAt on a path with no issue', () => {
    expect(() => issuesOf({ therapies: { psychodynamic: { name: 'Psychodynamic psychotherapy' } } })).to.throw(
      'expected the override to be refused',
    );
    const issues = issuesOf({ therapies: { psychodynamic: { name: 42 } } });
    expect(issueAt(issues, 'therapies.psychodynamic.name').received).to.equal('42');
    expect(() => issueAt(issues, 'therapies.cbt.name')).to.throw('no issue at therapies.cbt.name');
  });
});
