// The one list of psy-widgets elements. The build, the CDN files and the stylesheet that keeps their places, the
// manifests and the types and wrappers generated from them, `npm run size`, `npm run bench`, the packaging check and
// the packaging tests all read it: adding a widget means its package folder, its tests and stories, and one entry in
// `widgets` below (see CONTRIBUTING.md). Plain data, so the browser tests can import it too.

/**
 * @typedef {object} Widget
 * @property {string} tag the element's name
 * @property {string} className its class, exported from its package's index
 * @property {string} folder its workspace folder, `packages/<folder>`, published as `@psy-widgets/<folder>`
 * @property {string} module the module under `src/` that declares the class (`.js`, as imports spell it)
 * @property {number} budget gzip bytes a page may load before it first renders (`npm run size`)
 * @property {{ selector: string, height: string }[]} places the height psy-widgets.css keeps for it until its script
 *   has run (the first selector is the element itself; later ones are variants, such as a shorter layout)
 * @property {string[]} events the psy-* events it fires, as its manifest must list them
 * @property {Record<string, string>} attrs attributes a demo instance needs (bench, packaging tests)
 * @property {string} [text] text a demo instance holds
 */

/**
 * A part that widgets share, kept in core and registered from its own file (`core/src/define/<tag>.ts`) once a widget
 * loads it: it has no package or CDN file of its own.
 * @typedef {object} Part
 * @property {string} tag
 * @property {string} className
 * @property {string} module the module under core's `src/` that declares the class
 * @property {{ selector: string, height: string }[]} places as a widget's; empty when it needs no place kept
 * @property {string} [unplaced] why it needs no place (a comment in psy-widgets.css)
 * @property {string[]} events
 * @property {Record<string, string>} attrs
 * @property {string} [text]
 */

/** @type {Widget[]} Each widget, with a package and a CDN file (`cdn/<tag>.js`) of its own. */
export const widgets = [
  {
    tag: 'psy-explainer',
    className: 'PsyExplainer',
    folder: 'explainer',
    module: 'psy-explainer.js',
    budget: 20_000,
    places: [
      { selector: 'psy-explainer', height: '56rem' },
      { selector: "psy-explainer[layout='summary']", height: '24rem' },
    ],
    events: ['psy-toggle'],
    attrs: {},
  },
  {
    tag: 'psy-compare',
    className: 'PsyCompare',
    folder: 'compare',
    module: 'psy-compare.js',
    budget: 16_000,
    places: [{ selector: 'psy-compare', height: '40rem' }],
    events: [],
    attrs: {},
  },
  {
    tag: 'psy-self-check',
    className: 'PsySelfCheck',
    folder: 'self-check',
    module: 'psy-self-check.js',
    budget: 16_000,
    places: [{ selector: 'psy-self-check', height: '20rem' }],
    events: ['psy-start', 'psy-step', 'psy-complete', 'psy-crisis'],
    attrs: { region: 'GB' },
  },
];

/** @type {Part[]} The shared parts in core. */
export const parts = [
  {
    tag: 'psy-term',
    className: 'PsyTerm',
    module: 'term/psy-term.js',
    places: [],
    unplaced: 'stays inline and visible: its text is the term itself, readable before the script runs.',
    events: [],
    attrs: { term: 'transference' },
    text: 'transference',
  },
  {
    tag: 'psy-help-now',
    className: 'PsyHelpNow',
    module: 'help-now/psy-help-now.js',
    places: [{ selector: 'psy-help-now', height: '26rem' }],
    events: [],
    attrs: { region: 'GB' },
  },
];

/** The umbrella package (`packages/psy-widgets`, published as `psy-widgets`): every element, and the CDN files. */
export const umbrella = { folder: 'psy-widgets', cdn: 'psy-widgets', budget: 33_000 };

/** The packages every widget builds on, in build order: each depends only on those before it. */
export const foundations = ['content', 'core'];

/** Every workspace folder in build order: the foundations, each widget, then the umbrella. */
export const packages = [...foundations, ...widgets.map((w) => w.folder), umbrella.folder];

/** `@psy-widgets/explainer` for `explainer`; `psy-widgets` for the umbrella. */
export const packageName = (folder) => (folder === umbrella.folder ? folder : `@psy-widgets/${folder}`);

/** The umbrella's CDN files: its file name (without `.js`) and what it registers. */
export const cdnFiles = [
  { file: umbrella.cdn, budget: umbrella.budget, widget: null },
  ...widgets.map((widget) => ({ file: widget.tag, budget: widget.budget, widget })),
];

/**
 * The CDN file that hydrates pages rendered by `psy-widgets/ssr`: Lit's hydrate support, then every element, as one
 * module. It is not a first load of a plain embed, so it has no size budget.
 */
export const hydrateCdn = { file: 'psy-widgets-hydrate' };

/** Every element, widgets and shared parts, each with the folder of the package that declares it. */
export const elements = [...widgets, ...parts.map((part) => ({ ...part, folder: 'core' }))];

// The oldest browsers the widgets render and work in (see docs/browser-support.md), as build targets. The same list
// is package.json's `browserslist`.
export const baselineTargets = ['chrome100', 'edge100', 'firefox100', 'safari15.4', 'ios15.4'];
