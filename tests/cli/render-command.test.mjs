// `npx psy-widgets render`, run as a child process as a clinic would run it: what it prints to paste into a page, and
// what it says (on stderr, exit code 1, no stack trace) when the input is wrong. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../packages/psy-widgets/bin/psy-widgets.mjs', import.meta.url));
const dsd = /<template shadowroot="open" shadowrootmode="open">/;
const hydrate = (version) =>
  `<script type="module" src="https://cdn.jsdelivr.net/npm/psy-widgets@${version}/cdn/psy-widgets-hydrate.js"></script>`;

const made = [];
/** A new temporary folder, removed when the tests end. */
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'psy-cli-'));
  made.push(dir);
  return dir;
}
after(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Runs the command; resolves with its exit code and output, whatever the code. */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

/** Asserts a refusal: exit code 1, nothing on stdout, one clear line on stderr matching each pattern. */
async function assertRefused(args, ...patterns) {
  const { code, stdout, stderr } = await run(...args);
  assert.equal(code, 1, stderr);
  assert.equal(stdout, '');
  assert.match(stderr, /^psy-widgets: /);
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
  for (const pattern of patterns) assert.match(stderr, pattern);
}

describe('psy-widgets render: output to paste into a page', () => {
  it('prints the explainer pre-rendered, closed, then the pinned script that hydrates it', async () => {
    const { code, stdout, stderr } = await run('render', '<psy-explainer therapy="cbt">');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^<psy-explainer\s+therapy="cbt"/);
    assert.match(stdout, dsd);
    assert.match(stdout, /Cognitive behavioural therapy \(CBT\)/);
    // the element typed without its end tag is closed, so the page after it stays outside it
    assert.ok(stdout.trimEnd().endsWith(`</psy-explainer>\n${hydrate('0.1.0')}`), stdout.slice(-300));
  });

  it('writes --region and --lang on the element and renders that region’s helplines', async () => {
    const { code, stdout } = await run('render', '<psy-help-now>', '--region', 'IE', '--lang', 'en-IE');
    assert.equal(code, 0);
    assert.match(stdout, /^<psy-help-now[^>]*\bregion="IE"/);
    assert.match(stdout, /^<psy-help-now[^>]*\blang="en-IE"/);
    assert.match(stdout, /Samaritans/);
  });

  it('pins another release with --pin, a script of your own with --script, none with --no-script', async () => {
    const pinned = await run('render', '<psy-term term="transference"></psy-term>', '--pin', '1.2.3');
    assert.ok(pinned.stdout.trimEnd().endsWith(hydrate('1.2.3')));
    const own = await run('render', '<psy-term term="transference" />', '--script', '/js/hydrate.js');
    assert.ok(own.stdout.trimEnd().endsWith('<script type="module" src="/js/hydrate.js"></script>'));
    const none = await run('render', '<psy-term term="transference">', '--no-script');
    assert.doesNotMatch(none.stdout, /<script/);
    assert.ok(none.stdout.trimEnd().endsWith('</psy-term>'));
  });

  it('writes the explainer’s JSON-LD with --json-ld, and not without', async () => {
    const withLd = await run('render', '<psy-explainer>', '--json-ld', '--no-script');
    assert.match(withLd.stdout, /<script type="application\/ld\+json">[\s\S]*"@context"/);
    const without = await run('render', '<psy-explainer>', '--no-script');
    assert.doesNotMatch(without.stdout, /application\/ld\+json/);
  });

  it('renders a clinic’s --content file and --strings file', async () => {
    const dir = await tempDir();
    const content = join(dir, 'content.json');
    const strings = join(dir, 'strings.json');
    await writeFile(content, JSON.stringify({ therapies: { psychodynamic: { name: 'Psychodynamic psychotherapy' } } }));
    await writeFile(strings, JSON.stringify({ explainerFaq: 'Cwestiynau cyffredin' }));
    const args = ['render', '<psy-explainer>', '--content', content, '--strings', strings, '--lang', 'cy'];
    const { code, stdout, stderr } = await run(...args, '--no-script');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Psychodynamic psychotherapy/);
    assert.match(stdout, /Cwestiynau cyffredin/);
  });

  it('prints --help and --version', async () => {
    const help = await run('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: npx psy-widgets render/);
    for (const flag of ['--region', '--lang', '--content', '--json-ld', '--pin', '--script', '--no-script']) {
      assert.match(help.stdout, new RegExp(`  ${flag}\\b`));
    }
    assert.match(help.stdout, /Render again whenever you update psy-widgets or its content is reviewed/);
    assert.match((await run('--version')).stdout, /^\d+\.\d+\.\d+/);
  });
});

describe('psy-widgets render: bad input is named, with what is accepted', () => {
  it('refuses a missing or unknown command', async () => {
    await assertRefused([], /No command given; the command is render/);
    await assertRefused(['draw', '<psy-explainer>'], /"draw" is not a command; the command is render/);
  });

  it('refuses markup with no element, or an element that is not a psy-widget', async () => {
    await assertRefused(['render'], /No element given/, /<psy-explainer>, <psy-compare>/);
    await assertRefused(['render', 'hello'], /"hello" holds no psy-widgets element/, /<psy-help-now>/);
    await assertRefused(['render', '<psy-explaner>'], /<psy-explaner> is not a psy-widgets element/, /<psy-term>/);
  });

  it('refuses an attribute value the element does not accept', async () => {
    await assertRefused(
      ['render', '<psy-explainer therapy="xyz">'],
      /therapy="xyz" is not accepted; use psychodynamic or cbt/,
    );
  });

  it('refuses unknown options, missing values and options that contradict each other', async () => {
    await assertRefused(['render', '<psy-explainer>', '--regoin', 'GB'], /Unknown option '--regoin'/, /--region/);
    await assertRefused(['render', '<psy-explainer>', '--lang'], /--lang/, /argument missing/);
    await assertRefused(['render', '<psy-explainer>', '--pin', '1.2'], /--pin "1.2" is not a version/);
    await assertRefused(['render', '<psy-explainer>', '--script', 'javascript:alert(1)'], /not a script address/);
    await assertRefused(['render', '<psy-explainer>', '--pin', '1.2.3', '--no-script'], /cannot be used together/);
  });

  it('refuses a content file that is missing, not JSON, or not a content pack', async () => {
    const dir = await tempDir();
    const broken = join(dir, 'broken.json');
    const wrong = join(dir, 'wrong.json');
    await writeFile(broken, '{"helplines":');
    await writeFile(wrong, '{"helplines":5}');
    await assertRefused(['render', '<psy-help-now>', '--content', join(dir, 'none.json')], /cannot read the file/);
    await assertRefused(['render', '<psy-help-now>', '--content', broken], /is not valid JSON/);
    await assertRefused(['render', '<psy-help-now>', '--content', wrong], /"helplines": expected an object/);
  });
});
