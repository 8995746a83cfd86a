// Registers every psy-widgets element with Lit's server renderer, for @lit-labs/eleventy-plugin-lit.
import 'psy-widgets/ssr';
