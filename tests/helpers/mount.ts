// One way to put a widget (or a piece of page with widgets in it) on the test page, rendered, and take it away after
// the test. Not open-wc's fixture: for a plain element that waits for an animation frame, which a background test tab
// in Firefox never gets.
import { render, type TemplateResult } from 'lit';
import type { Scheme } from './axe.js';

export interface MountOptions {
  /** Attributes to set on a widget mounted by tag name: `true` sets an empty attribute, `false` none. */
  attrs?: Record<string, string | number | boolean | undefined>;
  /** Properties to set on a widget mounted by tag name before it is connected (such as `content`). */
  props?: Record<string, unknown>;
  /** Light-DOM children of a widget mounted by tag name (slotted links, glossary words). */
  children?: TemplateResult;
  /** Runs on a widget mounted by tag name just before it is connected (to watch its first render, say). */
  beforeConnect?: (el: HTMLElement) => void;
  /** Width of the box the widget sits in, in CSS pixels. */
  width?: number;
  /** The box's colour scheme, over the page's own Canvas and CanvasText colours. */
  scheme?: Scheme;
}

type Updating = Element & { updateComplete?: Promise<unknown> };

const boxes: HTMLElement[] = [];
afterEach(() => boxes.splice(0).forEach((box) => box.remove()));

/**
 * Mounts a widget by tag name (`'psy-compare'`) or a template (`html\`<div lang="de"><psy-help-now></psy-help-now></div>\``)
 * in a box of its own on the page, waits until every element in it has rendered (and checked any `.content` it was
 * given), and returns the widget or the template's first element. The box goes after each test.
 */
export async function mount<T extends Element = HTMLElement>(
  what: string | TemplateResult,
  { attrs = {}, props = {}, children, beforeConnect, width, scheme }: MountOptions = {},
): Promise<T> {
  const box = document.createElement('div');
  if (scheme) box.style.cssText = `color-scheme: ${scheme}; background: Canvas; color: CanvasText;`;
  if (width) box.style.width = `${width}px`;
  if (typeof what === 'string') {
    const el = document.createElement(what);
    for (const [name, value] of Object.entries(attrs)) {
      if (value === true) el.setAttribute(name, '');
      else if (value !== false && value !== undefined) el.setAttribute(name, String(value));
    }
    for (const [name, value] of Object.entries(props)) if (value !== undefined) Reflect.set(el, name, value);
    if (children) render(children, el);
    beforeConnect?.(el);
    box.append(el);
  } else {
    render(what, box);
  }
  document.body.append(box);
  boxes.push(box);
  await rendered(box);
  return box.firstElementChild as T;
}

/** Waits until every element in `root` that renders (Lit's `updateComplete`) has rendered. */
export async function rendered(root: ParentNode): Promise<void> {
  const updating = [...root.querySelectorAll<Updating>('*')].filter((el) => el.updateComplete);
  await Promise.all(updating.map((el) => el.updateComplete));
}
