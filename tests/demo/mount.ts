// Puts the real configurator markup from demo/embed.html, with the demo's styles, into the test page and starts it
// (taken away after each test, as every mount is).
import { html } from 'lit';
import { startConfigurator } from '../../demo/configurator/start.js';
import { mount } from '../helpers/mount.js';

async function stylesheet(href: string): Promise<void> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
}

let styled: Promise<unknown> | undefined;

export interface Configurator {
  root: HTMLElement;
  form: HTMLFormElement;
  preview: HTMLElement;
  snippet: HTMLTextAreaElement;
  status: HTMLElement;
  copy: HTMLButtonElement;
  /** The form control with this name and value (radios, checkboxes) or name (selects, single inputs). */
  control<T extends HTMLElement = HTMLInputElement>(name: string, value?: string): T;
  /** The live widget in the preview. */
  widget(): HTMLElement;
}

export async function mountConfigurator(): Promise<Configurator> {
  styled ??= Promise.all([stylesheet('/demo/site/site.css'), stylesheet('/demo/configurator/configurator.css')]);
  await styled;
  const page = new DOMParser().parseFromString(await (await fetch('/demo/embed.html')).text(), 'text/html');
  const root = await mount(html`<div></div>`);
  root.append(document.importNode(page.querySelector('#configurator')!, true));
  startConfigurator(root);
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  return {
    root,
    form: $('#embed-form'),
    preview: $('#cfg-preview'),
    snippet: $('#cfg-snippet'),
    status: $('#cfg-copy-status'),
    copy: $('#cfg-copy'),
    control: <T extends HTMLElement>(name: string, value?: string) =>
      $<T>(value === undefined ? `[name="${name}"]` : `[name="${name}"][value="${value}"]`),
    widget: () => $<HTMLElement>('#cfg-preview').firstElementChild as HTMLElement,
  };
}

/** Picks a select's option as a person would: the value changes, then input and change fire. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Types into a text field: each character is an input event; leaving it fires change. */
export function type(field: HTMLInputElement, text: string): void {
  field.value = '';
  for (const char of text) {
    field.value += char;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
