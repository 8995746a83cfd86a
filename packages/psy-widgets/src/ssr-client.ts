// Hydrates server-rendered psy-widgets (see psy-widgets/ssr). Import this module first in your bundle's entry, before
// anything that imports Lit: Lit's hydrate support must be in place before Lit itself loads.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { installHydration } from '@psy-widgets/core/hydration.js';

installHydration();
