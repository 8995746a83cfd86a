import { expect, html } from '@open-wc/testing';
import { answerAll, mount, choose, click, defaultSet, mixedAnswers } from './helpers.js';

/** Replaces every way a page can send or store something with a recorder that does nothing; restore() undoes it. */
function spyOnEverything() {
  const calls: string[] = [];
  const restores: (() => void)[] = [];
  const replace = <T extends object>(target: T, key: keyof T & string, label: string) => {
    const original = Object.getOwnPropertyDescriptor(target, key);
    Object.defineProperty(target, key, {
      configurable: true,
      writable: true,
      // records the call and does nothing else: nothing leaves the page, even from this test
      value: function () {
        calls.push(label);
      },
    });
    restores.push(() =>
      original ? Object.defineProperty(target, key, original) : delete (target as Record<string, unknown>)[key],
    );
  };
  replace(window, 'fetch', 'fetch');
  replace(XMLHttpRequest.prototype, 'open', 'XMLHttpRequest.open');
  replace(XMLHttpRequest.prototype, 'send', 'XMLHttpRequest.send');
  replace(navigator, 'sendBeacon', 'sendBeacon');
  replace(window, 'WebSocket', 'WebSocket');
  replace(Storage.prototype, 'setItem', 'Storage.setItem');
  replace(indexedDB, 'open', 'indexedDB.open');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => cookie.get!.call(document),
    set: () => void calls.push('document.cookie'),
  });
  restores.push(() => delete (document as { cookie?: string }).cookie);
  const logged: string[] = [];
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    restores.push(() => (console[level] = original));
  }
  return { calls, logged, restore: () => restores.reverse().forEach((r) => r()) };
}

describe('<psy-self-check> privacy', () => {
  it('sends nothing, stores nothing and logs no answer during a full run', async () => {
    const storedBefore = [localStorage.length, sessionStorage.length, document.cookie];
    const spies = spyOnEverything();
    const print = window.print;
    window.print = () => {};
    try {
      const el = await mount(html`<psy-self-check region="GB"><a slot="cta" href="#b">Book</a></psy-self-check>`);
      const answers = mixedAnswers;
      await answerAll(el, answers);
      await click(el, 'Print or save as PDF');
      window.dispatchEvent(new Event('afterprint'));
      await click(el, 'Start again');
      await click(el, 'Start');
      for (let i = 0; i < defaultSet.questions.length - 1; i++) {
        await choose(el, defaultSet.questions[i]!.options[0]!.id);
        await click(el, 'Next');
      }
      await choose(el, 'crisis'); // the crisis answer shows help from the bundle
      await click(el, 'I need help now');
      await click(el, 'See my result');

      expect(spies.calls).to.deep.equal([]);
      const logText = spies.logged.join('\n');
      for (const [i, q] of defaultSet.questions.entries()) {
        const option = q.options.find((o) => o.id === answers[i])!;
        expect(logText).not.to.contain(option.label);
      }
    } finally {
      window.print = print;
      spies.restore();
    }
    expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(storedBefore);
  });

  it('the spies notice a widget that would send or store', async () => {
    const spies = spyOnEverything();
    try {
      void fetch('/nothing');
      localStorage.setItem('x', '1');
      document.cookie = 'psy-test=1';
      navigator.sendBeacon('/nothing');
      new WebSocket('ws://localhost:1');
      void indexedDB.open('psy-test');
    } finally {
      spies.restore();
    }
    expect(spies.calls).to.deep.equal([
      'fetch',
      'Storage.setItem',
      'document.cookie',
      'sendBeacon',
      'WebSocket',
      'indexedDB.open',
    ]);
  });
});
