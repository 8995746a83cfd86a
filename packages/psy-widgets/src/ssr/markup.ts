import { parseFragment, parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A `psy-*` element written in the markup. */
export interface FoundElement {
  tag: string;
  attributes: Record<string, string>;
  /** Outside any other `psy-*` element. */
  topLevel: boolean;
  /** Where its end tag starts (or where it ends, without one): the end of its light DOM. */
  endOffset: number;
}

/** Every `psy-*` element in `markup`, in document order, found by a real HTML parser (not in comments or text). */
export function findElements(markup: string): FoundElement[] {
  const options = { sourceCodeLocationInfo: true };
  const page = /^\s*(<!doctype|<html[\s>])/i.test(markup);
  const root = page ? parse(markup, options) : parseFragment(markup, options);
  const found: FoundElement[] = [];
  const visit = (node: Node, inside: boolean): void => {
    const element = 'tagName' in node ? (node as Element) : undefined;
    const ours = !!element?.tagName.startsWith('psy-');
    if (element && ours) {
      const location = element.sourceCodeLocation;
      found.push({
        tag: element.tagName,
        attributes: Object.fromEntries(element.attrs.map(({ name, value }) => [name, value])),
        topLevel: !inside,
        endOffset: location?.endTag?.startOffset ?? location?.endOffset ?? markup.length,
      });
    }
    const children =
      element && 'content' in element
        ? (element as DefaultTreeAdapterMap['template']).content.childNodes
        : (node as Element).childNodes;
    for (const child of children ?? []) visit(child, inside || ours);
  };
  visit(root as Node, false);
  return found;
}
