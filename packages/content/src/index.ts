/**
 * @psy-widgets/content: therapy facts, glossary, comparison, self-check questions and urgent-help
 * lines as typed, validated data, with the schema that checks any pack a clinic passes.
 */
export * from './schema.js';
export * from './validate.js';
export * from './score.js';
export * from './ids.js';
export * from './regions.js';
export * from './settings.js';

export { enGB } from './packs/en-GB/index.js';
