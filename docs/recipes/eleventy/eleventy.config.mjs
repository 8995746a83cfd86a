// Eleventy 3 with Lit's plugin: every <psy-*> element in the site's pages is written out with its shadow DOM.
import litPlugin from '@lit-labs/eleventy-plugin-lit';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, {
    mode: 'worker',
    // paths from the folder eleventy runs in; this module registers every psy-widgets element for rendering
    componentModules: ['js/psy-widgets.mjs'],
  });
  return { dir: { input: 'src', output: '_site' } };
}
