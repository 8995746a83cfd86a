// What <psy-term> uses of the positioning library, by name: `import('@floating-ui/dom')` would take the whole module
// into the lazy chunk, as a namespace import cannot be tree-shaken.
export { computePosition, flip, offset, shift } from '@floating-ui/dom';
