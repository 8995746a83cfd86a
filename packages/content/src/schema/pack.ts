// A whole content pack, as the widgets' defaults are and as the checker wants a clinic's own.
import * as v from 'valibot';
import { PackObjectSchema } from './pack-object.js';
import { resolvableReferences } from './references.js';

/** An object that is not a list: valibot's object schemas would take an array as an empty object. */
export const NotAListSchema = v.custom<Record<string, unknown>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
  'an object (not a list)',
);

export const ContentPackSchema = v.pipe(NotAListSchema, PackObjectSchema, resolvableReferences);
