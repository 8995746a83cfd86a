/**
 * A comparable picture of what a shadow root shows a reader and assistive technology: each element with its
 * attributes (roles, names, states; sorted, as the order they were set in is not seen) and its text, whitespace
 * collapsed. Styles, Lit's comment markers and `defer-hydration` are left out: they differ between a server render
 * and a client render without changing what anyone meets.
 */
export function snapshot(root: Node): string {
  const lines: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.textContent!.replace(/\s+/g, ' ').trim();
        if (text) lines.push(text);
      } else if (child instanceof Element && child.localName !== 'style') {
        const attributes = [...child.attributes]
          .filter(({ name }) => name !== 'defer-hydration')
          .map(({ name, value }) => `${name}="${value}"`)
          .sort();
        lines.push(`<${[child.localName, ...attributes].join(' ')}>`);
        walk(child);
        lines.push(`</${child.localName}>`);
      }
    }
  };
  walk(root);
  return lines.join('\n');
}
