// Shrinks the static text of Lit's css`` and html`` templates in the built dist/ files (scripts/build.mjs), which the
// CDN files are bundled from: tsc keeps every indent and newline of the sources, and they are a good part of each
// file. Only the template text changes, never the JavaScript around it, and only in ways that cannot change what the
// browser renders:
// - CSS: comments go, whitespace collapses, and spaces around { } ; , > ) and after : go (never inside strings).
// - HTML and SVG: each run of whitespace becomes one space; templates with <pre> or <textarea> are left alone.
// Escapes (a backslash and the character after it) are always copied as written.
// The build carries each file's source map through the edits.

const space = /\s/;

/** Minifies the raw text of one css`` template chunk; `first`/`last` say whether it starts or ends the template. */
export function minifyCss(raw, { first = true, last = true } = {}) {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') {
      out += flush() + c + (raw[i + 1] ?? '');
      i++;
    } else if (c === '/' && raw[i + 1] === '*') {
      const end = raw.indexOf('*/', i + 2);
      if (end === -1) return raw; // an unclosed comment: not ours to judge
      i = end + 1;
      pendingSpace = true;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < raw.length && raw[j] !== c) j += raw[j] === '\\' ? 2 : 1;
      out += flush() + raw.slice(i, j + 1);
      i = j;
    } else if (space.test(c)) {
      pendingSpace = true;
    } else {
      if ('{};,>)'.includes(c)) pendingSpace = false;
      // the last declaration needs no semicolon
      if (c === '}' && out.endsWith(';') && !out.endsWith('\\;')) out = out.slice(0, -1);
      out += flush() + c;
    }
  }
  return out + (pendingSpace && !last && spaceAllowed() ? ' ' : '');

  // a space is needed unless it starts the template or follows punctuation that never needs one
  function spaceAllowed() {
    return out === '' ? !first : !'{};,>(:'.includes(out.at(-1));
  }
  function flush() {
    const keep = pendingSpace && spaceAllowed();
    pendingSpace = false;
    return keep ? ' ' : '';
  }
}

/** Minifies the raw text of one html`` or svg`` template chunk: every whitespace run becomes one space. */
export function minifyHtml(raw) {
  return raw.replace(/(\\[\s\S])|\s+/g, (match, escape) => escape ?? ' ');
}

const tags = { css: 'css', html: 'html', svg: 'html' };

/**
 * The edits that minify every css``, html`` and svg`` template in `code`, as [start, end, text], last first. `parse`
 * turns code into an ESTree program whose template elements carry `start`/`end` offsets (Vite's `parseAst`, or
 * `this.parse` in a plugin).
 */
export function templateEdits(code, parse) {
  if (!/\b(css|html|svg)\s*`/.test(code)) return [];
  const edits = [];
  visit(parse(code), (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const kind = tags[node.tag.name];
    if (!kind) return;
    const quasis = node.quasi.quasis;
    if (kind === 'html' && quasis.some((q) => /<(pre|textarea)\b/i.test(q.value.raw))) return;
    quasis.forEach((q, i) => {
      const raw = code.slice(q.start, q.end);
      const text = kind === 'css' ? minifyCss(raw, { first: i === 0, last: i === quasis.length - 1 }) : minifyHtml(raw);
      if (text !== raw) edits.push([q.start, q.end, text]);
    });
  });
  return edits.sort((a, b) => b[0] - a[0]);
}

function visit(node, callback) {
  if (Array.isArray(node)) return node.forEach((child) => visit(child, callback));
  if (!node || typeof node.type !== 'string') return;
  callback(node);
  for (const key in node) if (key !== 'type' && node[key] && typeof node[key] === 'object') visit(node[key], callback);
}
