// The workspace packages in build order: each one only depends on those before it.
export const packages = ['content', 'core', 'explainer', 'compare', 'self-check', 'psy-widgets'];

// The CDN files of the umbrella package: one with everything, one per widget (entry in packages/psy-widgets/src/cdn/).
export const cdnEntries = {
  'psy-widgets': 'all',
  'psy-explainer': 'explainer',
  'psy-compare': 'compare',
  'psy-self-check': 'self-check',
  // every element with Lit's hydrate support, for pages rendered by psy-widgets/ssr (not counted in the budgets)
  'psy-widgets-hydrate': 'hydrate',
};

// The oldest browsers the widgets render and work in (see docs/browser-support.md), as build targets. The same list
// is package.json's `browserslist`.
export const baselineTargets = ['chrome100', 'edge100', 'firefox100', 'safari15.4', 'ios15.4'];
