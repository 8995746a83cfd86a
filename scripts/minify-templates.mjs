// Shrinks the static text of Lit's css`` and html`` templates at bundle time: tsc keeps every indent and newline of
// the sources, and they are a good part of each CDN file. Only the template text changes, never the JavaScript
// around it, and only in ways that cannot change what the browser renders:
// - CSS: comments go, whitespace collapses, and spaces around { } ; , > ) and after : go (never inside strings).
// - HTML and SVG: each run of whitespace becomes one space; templates with <pre> or <textarea> are left alone.
// Escapes (a backslash and the character after it) are always copied as written.
// With `keepLines` (the published dist/ files, which have source maps) every removed newline stays, so each line of
// code keeps its line number; only indentation and other spaces go.

const space = /\s/;

/** Minifies the raw text of one css`` template chunk; `first`/`last` say whether it starts or ends the template. */
export function minifyCss(raw, { first = true, last = true, keepLines = false } = {}) {
  let out = '';
  let pendingSpace = false;
  let lines = 0; // newlines skipped since the last character written (kept with keepLines)
  const count = (text) => {
    if (keepLines) lines += text.split('\n').length - 1;
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') {
      out += flush() + c + (raw[i + 1] ?? '');
      i++;
    } else if (c === '/' && raw[i + 1] === '*') {
      const end = raw.indexOf('*/', i + 2);
      if (end === -1) return raw; // an unclosed comment: not ours to judge
      count(raw.slice(i, end));
      i = end + 1;
      pendingSpace = true;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < raw.length && raw[j] !== c) j += raw[j] === '\\' ? 2 : 1;
      out += flush() + raw.slice(i, j + 1);
      i = j;
    } else if (space.test(c)) {
      count(c);
      pendingSpace = true;
    } else {
      if ('{};,>)'.includes(c)) pendingSpace = false;
      // the last declaration needs no semicolon
      if (c === '}' && out.endsWith(';') && !out.endsWith('\\;')) out = out.slice(0, -1);
      out += flush() + c;
    }
  }
  if (lines) return out + '\n'.repeat(lines);
  return out + (pendingSpace && !last && spaceAllowed() ? ' ' : '');

  // a space is needed unless it starts the template or follows punctuation that never needs one
  function spaceAllowed() {
    return out === '' ? !first : !'{};,>(:'.includes(out.at(-1));
  }
  function flush() {
    const keep = pendingSpace && spaceAllowed();
    pendingSpace = false;
    const kept = lines ? '\n'.repeat(lines) : keep ? ' ' : '';
    lines = 0;
    return kept;
  }
}

/** Minifies the raw text of one html`` or svg`` template chunk: every whitespace run becomes one space. */
export function minifyHtml(raw, { keepLines = false } = {}) {
  const lines = (run) => (keepLines && run.includes('\n') ? '\n'.repeat(run.split('\n').length - 1) : ' ');
  return raw.replace(/(\\[\s\S])|\s+/g, (match, escape) => escape ?? lines(match));
}

const tags = { css: 'css', html: 'html', svg: 'html' };

/**
 * Minifies every css``, html`` and svg`` template in `code`. `parse` turns code into an ESTree program whose
 * template elements carry `start`/`end` offsets (Vite's `parseAst`, or `this.parse` in a plugin).
 */
export function minifyTemplates(code, parse, { keepLines = false } = {}) {
  if (!/\b(css|html|svg)\s*`/.test(code)) return code;
  const edits = [];
  visit(parse(code), (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const kind = tags[node.tag.name];
    if (!kind) return;
    const quasis = node.quasi.quasis;
    if (kind === 'html' && quasis.some((q) => /<(pre|textarea)\b/i.test(q.value.raw))) return;
    quasis.forEach((q, i) => {
      const raw = code.slice(q.start, q.end);
      const text =
        kind === 'css'
          ? minifyCss(raw, { first: i === 0, last: i === quasis.length - 1, keepLines })
          : minifyHtml(raw, { keepLines });
      if (text !== raw) edits.push([q.start, q.end, text]);
    });
  });
  edits.sort((a, b) => b[0] - a[0]);
  for (const [start, end, text] of edits) code = code.slice(0, start) + text + code.slice(end);
  return code;
}

function visit(node, callback) {
  if (Array.isArray(node)) return node.forEach((child) => visit(child, callback));
  if (!node || typeof node.type !== 'string') return;
  callback(node);
  for (const key in node) if (key !== 'type' && node[key] && typeof node[key] === 'object') visit(node[key], callback);
}

/** Vite/Rolldown plugin: minifies the templates of psy-widgets' own modules (Lit's own are minified already). */
export function minifyTemplatesPlugin() {
  return {
    name: 'psy-minify-templates',
    transform(code, id) {
      if (!/\/packages\/[^/]+\/(dist|src)\/.*\.[jt]s$/.test(id)) return null;
      const result = minifyTemplates(code, (source) => this.parse(source));
      return result === code ? null : { code: result, map: null };
    },
  };
}
