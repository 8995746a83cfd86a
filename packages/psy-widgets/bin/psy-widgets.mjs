#!/usr/bin/env node
// psy-widgets render: pre-renders widgets to HTML with declarative shadow DOM, for sites that cannot run Node (a CMS,
// a site builder, hand-written HTML). It prints what `psy-widgets/ssr`'s render() returns, script tag included.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const TAGS = ['psy-explainer', 'psy-compare', 'psy-self-check', 'psy-term', 'psy-help-now'];

const HELP = `Usage: npx psy-widgets render '<psy-explainer therapy="cbt">' [options]

Prints the element pre-rendered as HTML (declarative shadow DOM), followed by the script tag that hydrates it, for
you to paste into any page or CMS. Put the element in quotes. Elements: ${TAGS.map((t) => `<${t}>`).join(', ')}.

Options:
  --region <code>     region of the urgent-help panels: GB, IE, GB-SCT, GB-WLS, GB-NIR, GB-ENG…
  --lang <code>       language of the widgets, written as lang on each element (e.g. en-GB)
  --content <file>    your clinic's content pack (JSON), as the elements' .content takes it
  --strings <file>    interface strings (JSON), as registerStrings() takes them
  --json-ld           write each explainer's schema.org JSON-LD into the page
  --pin <version>     load psy-widgets@<version> from jsDelivr (default: this release, %RELEASE%)
  --script <url>      load the hydrating script from your own address instead
  --no-script         print the markup only, without a script tag
  -h, --help          show this help
  -v, --version       show the version

Render again whenever you update psy-widgets or its content is reviewed: the printed HTML holds the text (and its
review dates) of the release it was made with, and the script tag pins that release.
`;

/** A mistake in how the command was called: printed as it is, without a stack trace. */
class UsageError extends Error {}

const OPTIONS = {
  region: { type: 'string' },
  lang: { type: 'string' },
  content: { type: 'string' },
  strings: { type: 'string' },
  'json-ld': { type: 'boolean' },
  pin: { type: 'string' },
  script: { type: 'string' },
  'no-script': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

async function main(argv) {
  const { values, positionals } = parseCommandLine(argv);
  const { VERSION, RELEASE } = await import('@psy-widgets/core/version.js');
  if (values.help) return HELP.replace('%RELEASE%', RELEASE);
  if (values.version) return VERSION;
  const [command, ...rest] = positionals;
  if (command !== 'render') {
    throw new UsageError(
      command === undefined
        ? 'No command given; the command is render. Run npx psy-widgets --help for the options.'
        : `"${command}" is not a command; the command is render. Run npx psy-widgets --help for the options.`,
    );
  }
  const markup = closed(rest.join(' ').trim());
  if (!/<psy-[a-z-]+/i.test(markup)) {
    throw new UsageError(
      `${markup ? `"${markup}" holds no psy-widgets element` : 'No element given'}; give one in quotes, such as ` +
        `'<psy-explainer therapy="cbt">'. Elements: ${TAGS.map((t) => `<${t}>`).join(', ')}.`,
    );
  }
  const ssr = await import('../dist/ssr/index.js');
  return ssr.render(markup, {
    region: values.region,
    lang: values.lang,
    content: values.content && (await readJson(values.content, '--content')),
    strings: values.strings && (await readJson(values.strings, '--strings')),
    structuredData: values['json-ld'] ?? false,
    script: scriptOf(values, ssr.HYDRATE_SCRIPT, RELEASE),
  });
}

/** `<psy-explainer therapy="cbt">` (or `<psy-term term="x" />`), as typed on a command line, with its end tag. */
function closed(markup) {
  const lone = /^<(psy-[a-z-]+)\b([^>]*?)\/?>$/i.exec(markup);
  return lone ? `<${lone[1]}${lone[2]}></${lone[1]}>` : markup;
}

function parseCommandLine(argv) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util's message names the option ("Unknown option '--regoin'"); its advice on positionals does not apply
    const [problem] = error.message.split(/\. /);
    const accepted = Object.keys(OPTIONS).map((name) => `--${name}`);
    throw new UsageError(`${problem.replace(/\.$/, '')}; the options are ${accepted.join(', ')}.`);
  }
}

function scriptOf(values, defaultScript, release) {
  const chosen = ['pin', 'script', 'no-script'].filter((name) => values[name] !== undefined);
  if (chosen.length > 1) {
    throw new UsageError(`--${chosen.join(' and --')} cannot be used together; choose one.`);
  }
  if (values['no-script']) return false;
  if (values.script !== undefined) {
    if (!/^(https?:\/\/|\/|\.\.?\/)\S+$/.test(values.script)) {
      throw new UsageError(
        `--script "${values.script}" is not a script address; use an https:// URL or a path such as /js/psy-widgets-hydrate.js.`,
      );
    }
    return values.script;
  }
  if (values.pin !== undefined) {
    if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(values.pin)) {
      throw new UsageError(`--pin "${values.pin}" is not a version; use a release number such as ${release}.`);
    }
    return defaultScript.replace(`psy-widgets@${release}/`, `psy-widgets@${values.pin}/`);
  }
  return defaultScript;
}

async function readJson(path, flag) {
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${flag} ${path}: cannot read the file (${error.code ?? error.message}); give a JSON file.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${flag} ${path} is not valid JSON (${error.message}); give a JSON file.`);
  }
}

try {
  process.stdout.write(`${await main(process.argv.slice(2))}\n`);
} catch (error) {
  if (error instanceof UsageError || error?.name === 'PsyRenderError') {
    process.stderr.write(`psy-widgets: ${error.message}\n`);
  } else {
    process.stderr.write(`psy-widgets: could not render (${error?.message ?? error}).\n`);
  }
  process.exitCode = 1;
}
