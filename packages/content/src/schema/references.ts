// The cross-reference check of a whole pack: every term, source, therapy and aspect it names is in the pack, and
// every record entry is stored under its own id.
import * as v from 'valibot';
import { PackObjectSchema } from './pack-object.js';
import { extend, step, walk } from './paths.js';

type PackLike = {
  therapies?: Record<string, { id: string }>;
  glossary?: Record<string, { id: string }>;
  sources?: Record<string, { id: string }>;
  aspects?: { id: string }[];
  comparison?: Record<string, Record<string, unknown>>;
  questionSets?: Record<string, { id: string; therapies: Record<string, unknown> }>;
  helplines?: Record<string, { region: string }>;
};

/** References inside a pack: term ids, source ids, therapy ids, aspect ids, and record keys. */
export const resolvableReferences = v.rawCheck<v.InferOutput<typeof PackObjectSchema>>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  const pack = dataset.value as PackLike;
  const has = (record: Record<string, unknown> | undefined, id: string) =>
    record !== undefined && Object.prototype.hasOwnProperty.call(record, id);

  // each record entry's id matches its key
  const keyed: [keyof PackLike, string][] = [
    ['therapies', 'id'],
    ['glossary', 'id'],
    ['sources', 'id'],
    ['questionSets', 'id'],
    ['helplines', 'region'],
  ];
  for (const [field, idKey] of keyed) {
    const record = pack[field] as Record<string, Record<string, string>> | undefined;
    for (const [key, entry] of Object.entries(record ?? {})) {
      if (entry[idKey] !== key) {
        addIssue({
          message: `"${key}", the same as the key it is stored under`,
          input: entry[idKey],
          path: [step(pack, field, record), step(record, key, entry), step(entry, idKey, entry[idKey])],
        });
      }
    }
  }

  // term and source references anywhere in the pack
  for (const { path, value } of walk(pack)) {
    const parent = path.at(-1);
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.keys(value).length === 2 &&
      typeof (value as { term?: unknown }).term === 'string' &&
      typeof (value as { text?: unknown }).text === 'string'
    ) {
      const term = (value as { term: string }).term;
      if (!has(pack.glossary, term)) {
        addIssue({
          message: 'the id of an entry in glossary',
          input: term,
          path: extend(path, step(value, 'term', term)),
        });
      }
    }
    if ((parent?.key === 'sources' || parent?.key === 'basis') && Array.isArray(value) && path.length > 1) {
      value.forEach((id: unknown, index) => {
        if (typeof id === 'string' && !has(pack.sources, id)) {
          addIssue({
            message: 'the id of an entry in sources',
            input: id,
            path: extend(path, step(value, index, id)),
          });
        }
      });
    }
  }

  // therapy and aspect references, checked when the pack holds therapies / aspects
  if (pack.therapies) {
    const therapies = pack.therapies;
    for (const [key, row] of Object.entries(pack.comparison ?? {})) {
      if (!has(therapies, key)) {
        addIssue({
          message: 'the id of a therapy in therapies',
          input: key,
          path: [step(pack, 'comparison', pack.comparison), step(pack.comparison, key, row)],
        });
      }
    }
    for (const [key, set] of Object.entries(pack.questionSets ?? {})) {
      const base = [step(pack, 'questionSets', pack.questionSets), step(pack.questionSets, key, set)];
      for (const therapy of Object.keys(set.therapies)) {
        if (!has(therapies, therapy)) {
          addIssue({
            message: 'the id of a therapy in therapies',
            input: therapy,
            path: extend(base, step(set, 'therapies', set.therapies), step(set.therapies, therapy, therapy)),
          });
        }
      }
    }
  }
  if (pack.aspects) {
    const aspectIds = new Set(pack.aspects.map((a) => a.id));
    for (const [therapy, row] of Object.entries(pack.comparison ?? {})) {
      for (const [aspect, cell] of Object.entries(row)) {
        if (!aspectIds.has(aspect)) {
          addIssue({
            message: 'the id of an aspect in aspects',
            input: aspect,
            path: [
              step(pack, 'comparison', pack.comparison),
              step(pack.comparison, therapy, row),
              step(row, aspect, cell),
            ],
          });
        }
      }
    }
  }
});
