/**
 * The shape of a content pack, as valibot schemas. The TypeScript types are inferred from the
 * schemas, so the two cannot drift apart.
 *
 * Each message passed to an action below is written as what was *expected*; `validate.ts` turns
 * valibot's issues into `ContentIssue`s that name the path, what was expected and what was found.
 *
 * Content is text, never HTML: every visible string is a plain string that elements render as text.
 * Links (`url`) must be https, so no `javascript:` address can reach an `href`.
 */
import * as v from 'valibot';

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id: lower case words joined by hyphens, e.g. `helps-with`. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(KEBAB, 'an id in lower case with words joined by hyphens, such as "helps-with"'),
);

/** Visible text that is not empty. */
export const TextSchema = v.pipe(
  v.string(),
  v.check((s) => s.trim().length > 0, 'some text (it must not be empty)'),
);

/** A real calendar date written YYYY-MM-DD. */
export const IsoDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
  v.check((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'a real calendar date written YYYY-MM-DD'),
);

/** An https address. Other schemes (javascript:, data:, http:) are refused. */
export const HttpsUrlSchema = v.pipe(
  v.string(),
  v.url('a web address'),
  v.startsWith('https://', 'a web address starting with https://'),
);

/** A BCP 47 language tag of the simple kind used here: `en-GB`, `de`, `pt-BR`. */
export const LocaleSchema = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'a locale such as "en-GB"'));

/** ISO 3166-1 alpha-2 region code, e.g. `GB`. */
export const RegionCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}$/, 'a two-letter region code in capitals, such as "GB"'),
);

/** Digits that a phone can dial (a leading + allowed). */
const DialSchema = v.pipe(v.string(), v.regex(/^\+?\d{2,15}$/, 'digits only, such as "116123"'));

type PathItem = v.IssuePathItem;
type Path = [PathItem, ...PathItem[]];
type Walked = { path: PathItem[]; value: unknown };

/** A path with more steps added. */
const extend = (path: PathItem[], ...more: [PathItem, ...PathItem[]]): Path => [...path, ...more] as Path;

/** Every value in a tree of plain data, with its path. */
function* walk(value: unknown, path: PathItem[] = []): Generator<Walked> {
  yield { path, value };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      yield* walk(value[i], [...path, step(value, i, value[i])]);
    }
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      yield* walk(child, [...path, step(value, key, child)]);
    }
  }
}

/** One step of an issue path. */
function step(input: unknown, key: string | number, value: unknown): PathItem {
  return (
    typeof key === 'number'
      ? { type: 'array', origin: 'value', input: input as unknown[], key, value }
      : { type: 'object', origin: 'value', input: input as Record<string, unknown>, key, value }
  ) as PathItem;
}

const uniqueIds = <T extends { id: string }>() =>
  v.rawCheck<T[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    dataset.value.forEach((item, index) => {
      if (seen.has(item.id)) {
        addIssue({
          message: 'an id not used earlier in this list',
          input: item.id,
          path: [step(dataset.value, index, item), step(item, 'id', item.id)],
        });
      }
      seen.add(item.id);
    });
  });

const nonEmpty = <T>(what: string) => v.minLength<T[], number, string>(1, what);

// ---------------------------------------------------------------------------------------------
// Rich text
// ---------------------------------------------------------------------------------------------

/** A glossary reference: `text` is shown, `term` is a glossary id. */
export const TermRefSchema = v.strictObject({ term: IdSchema, text: TextSchema });
/** A phrase shown with emphasis. */
export const StrongSchema = v.strictObject({ strong: TextSchema });

/** One piece of rich text. */
export const InlineSchema = v.union(
  [v.string(), TermRefSchema, StrongSchema],
  'plain text, a { term, text } glossary reference or a { strong } phrase',
);

/** Text only, never HTML. */
export const RichTextSchema = v.pipe(v.array(InlineSchema), nonEmpty('at least one piece of text'));

/** Ids into `pack.sources`. */
export const SourceIdsSchema = v.array(IdSchema);

/**
 * What a statement is about. Every statement is a clinical claim (what a therapy helps with, how well it works, for
 * whom it is recommended, its format and length, how to get it) unless it is marked `sessions`: it only describes
 * what sessions are like. A clinical claim needs a reputable source (any kind but `practice-page`); a practice page
 * may support only a `sessions` statement, beside a reputable source.
 */
export const DESCRIBES = ['sessions'] as const;
export const DescribesSchema = v.picklist(
  DESCRIBES,
  `one of ${DESCRIBES.join(', ')}, or left out for a clinical claim`,
);

export const StatementSchema = v.strictObject({
  text: RichTextSchema,
  sources: SourceIdsSchema,
  describes: v.optional(DescribesSchema),
});

export const ParagraphSchema = v.strictObject({
  type: v.literal('paragraph'),
  text: RichTextSchema,
  sources: SourceIdsSchema,
  describes: v.optional(DescribesSchema),
});

export const ListSchema = v.strictObject({
  type: v.literal('list'),
  intro: v.optional(RichTextSchema),
  items: v.pipe(v.array(StatementSchema), nonEmpty('at least one item')),
});

export const BlockSchema = v.variant('type', [ParagraphSchema, ListSchema]);
const BlocksSchema = v.pipe(v.array(BlockSchema), nonEmpty('at least one paragraph or list'));

// ---------------------------------------------------------------------------------------------
// Therapies
// ---------------------------------------------------------------------------------------------

export const SectionSchema = v.strictObject({ id: IdSchema, title: TextSchema, blocks: BlocksSchema });

export const FaqItemSchema = v.strictObject({ id: IdSchema, question: TextSchema, answer: BlocksSchema });

const reviewEntries = {
  lastReviewed: IsoDateSchema,
  nextReview: IsoDateSchema,
  /** Filled in by a clinic; null in the default pack. */
  reviewer: v.nullable(TextSchema),
  author: TextSchema,
};

export const ReviewSchema = v.pipe(
  v.strictObject(reviewEntries),
  v.forward(
    v.partialCheck(
      [['lastReviewed'], ['nextReview']],
      (review) => review.nextReview > review.lastReviewed,
      'a date later than lastReviewed',
    ),
    ['nextReview'],
  ),
);

const therapyEntries = {
  id: IdSchema,
  name: TextSchema,
  shortName: TextSchema,
  summary: TextSchema,
  overview: BlocksSchema,
  sections: v.pipe(v.array(SectionSchema), uniqueIds()),
  faq: v.pipe(v.array(FaqItemSchema), uniqueIds()),
};

export const TherapySchema = v.strictObject({ ...therapyEntries, review: ReviewSchema });

// ---------------------------------------------------------------------------------------------
// Sources and glossary
// ---------------------------------------------------------------------------------------------

/**
 * What kind of source it is, shown to visitors beside it. Every kind but `practice-page` is reputable enough to carry a
 * clinical claim; a practice page (a clinic's or a therapist's own site, a directory, a blog) may only describe what
 * sessions are like, and never alone where a reputable source exists.
 */
export const SOURCE_KINDS = [
  'guideline',
  'systematic-review',
  'trial',
  'study',
  'textbook',
  'professional-body',
  'patient-information',
  'service-page',
  'practice-page',
] as const;
export const SourceKindSchema = v.picklist(SOURCE_KINDS, `one of ${SOURCE_KINDS.join(', ')}`);

/** True for every kind of source that may carry a clinical claim. */
export const isReputable = (kind: SourceKind): boolean => kind !== 'practice-page';

const sourceEntries = {
  id: IdSchema,
  kind: SourceKindSchema,
  title: TextSchema,
  author: v.optional(TextSchema),
  publisher: v.optional(TextSchema),
  year: v.optional(
    v.pipe(
      v.number(),
      v.integer('a whole year'),
      v.minValue(1800, 'a year after 1800'),
      v.maxValue(2100, 'a year before 2100'),
    ),
  ),
  url: v.optional(HttpsUrlSchema),
  /** The study design, e.g. "meta-analysis of 14 randomised trials". */
  design: v.optional(TextSchema),
  note: v.optional(TextSchema),
};
export const SourceSchema = v.strictObject(sourceEntries);

const glossaryEntries = {
  id: IdSchema,
  term: TextSchema,
  definition: TextSchema,
  sources: SourceIdsSchema,
};
export const GlossaryEntrySchema = v.strictObject(glossaryEntries);

// ---------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------

export const AspectSchema = v.strictObject({ id: IdSchema, label: TextSchema, differsMost: v.boolean() });

const cellEntries = { summary: RichTextSchema, detail: v.optional(RichTextSchema), sources: SourceIdsSchema };
export const CellSchema = v.strictObject(cellEntries);

// ---------------------------------------------------------------------------------------------
// Self-check
// ---------------------------------------------------------------------------------------------

/** How far an answer leans towards (+) or away from (-) how a therapy usually works: a whole number from -2 to 2. */
export const LeanSchema = v.pipe(
  v.number(),
  v.integer('a whole number from -2 to 2'),
  v.minValue(-2, 'a whole number from -2 to 2'),
  v.maxValue(2, 'a whole number from -2 to 2'),
);

export const OptionSchema = v.strictObject({
  id: IdSchema,
  label: TextSchema,
  /** therapy id -> lean, one for every therapy the set profiles. */
  leans: v.record(IdSchema, LeanSchema),
  /** The answer in the visitor's own terms, for the result and its printout: "You would like to lead." */
  reason: v.optional(TextSchema),
  /**
   * True when this answer says the visitor is in crisis: confirming it turns the self-check into help, and a check
   * that ends with it shows help instead of a result. Every question set needs at least one.
   */
  crisis: v.optional(v.boolean()),
});

export const QuestionSchema = v.strictObject({
  id: IdSchema,
  /** The dimension of preference it asks about, in plain words: "Who leads the sessions". */
  topic: TextSchema,
  prompt: TextSchema,
  hint: v.optional(TextSchema),
  /** Source ids: the published research this question rests on. */
  basis: v.pipe(SourceIdsSchema, nonEmpty('at least one source id')),
  /** therapy id -> how that therapy usually works on this dimension, with its sources: the reason for its leans. */
  ways: v.optional(v.record(IdSchema, StatementSchema)),
  options: v.pipe(
    v.array(OptionSchema),
    v.minLength(2, 'from 2 to 5 answer options'),
    v.maxLength(5, 'from 2 to 5 answer options'),
    uniqueIds(),
  ),
});

/** A therapy a set profiles: its name in a sentence, and the check's title when a page asks about it. */
export const SetTherapySchema = v.strictObject({ name: TextSchema, title: TextSchema });

const questionSetEntries = {
  id: IdSchema,
  /** therapy id -> its name and title; the first is the default. The same answers serve each. */
  therapies: v.pipe(
    v.record(IdSchema, SetTherapySchema),
    v.check((record) => Object.keys(record).length >= 1, 'at least one therapy'),
  ),
  intro: RichTextSchema,
  /** Why preferences are asked about, honestly: what the evidence shows and what it does not. */
  why: v.array(StatementSchema),
  questions: v.pipe(v.array(QuestionSchema), nonEmpty('at least one question'), uniqueIds()),
  /**
   * How far one therapy's total lean must be ahead of another's for the result to say the answers line up more with
   * it; closer than this, the answers are mixed and both are shown as options.
   */
  margin: v.pipe(v.number(), v.integer('a whole number from 1 up'), v.minValue(1, 'a whole number from 1 up')),
  /** Always shown: talk to a qualified professional; this is not a diagnosis. */
  professionalNote: RichTextSchema,
  firstSessionQuestions: v.array(TextSchema),
};

const QuestionSetObjectSchema = v.strictObject(questionSetEntries);

/** Every option leans once for each therapy the set profiles, and no other. */
const leanForEveryTherapy = v.rawCheck<v.InferOutput<typeof QuestionSetObjectSchema>>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  const set = dataset.value;
  const therapies = Object.keys(set.therapies).sort().join(', ');
  set.questions.forEach((question, q) =>
    question.options.forEach((option, o) => {
      if (Object.keys(option.leans).sort().join(', ') !== therapies) {
        addIssue({
          message: `a lean for each of ${therapies}, and for no other therapy`,
          input: option.leans,
          path: [
            step(set, 'questions', set.questions),
            step(set.questions, q, question),
            step(question, 'options', question.options),
            step(question.options, o, option),
            step(option, 'leans', option.leans),
          ],
        });
      }
    }),
  );
});

/** Every set has a crisis route: an answer marked crisis. */
const crisisRoute = v.rawCheck<v.InferOutput<typeof QuestionSetObjectSchema>>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  const set = dataset.value;
  if (!set.questions.some((question) => question.options.some((option) => option.crisis === true))) {
    addIssue({
      message: `at least one answer marked "crisis: true" in question set "${set.id}" (for example "I feel in crisis"), so that a visitor who says they are in crisis is shown help, not a result`,
      input: set.questions,
      path: [step(set, 'questions', set.questions)],
    });
  }
});

export const QuestionSetSchema = v.pipe(QuestionSetObjectSchema, leanForEveryTherapy, crisisRoute);

// ---------------------------------------------------------------------------------------------
// Urgent help
// ---------------------------------------------------------------------------------------------

/** A part of a region with helplines of its own: one of the UK's nations, `GB-ENG`, `GB-SCT`, `GB-WLS`, `GB-NIR`. */
export const AreaCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Z]{2}-[A-Z]{1,3}$/, 'a region and area code in capitals, such as "GB-SCT"'),
);

export const HelplineSchema = v.pipe(
  v.strictObject({
    id: IdSchema,
    name: TextSchema,
    /** Digits for a tel: link. */
    phone: v.optional(DialSchema),
    phoneDisplay: v.optional(TextSchema),
    /** Digits for an sms: link. */
    sms: v.optional(DialSchema),
    smsBody: v.optional(TextSchema),
    /** The sms number as people write it, e.g. "0477 13 11 14". */
    smsDisplay: v.optional(TextSchema),
    /** Left out where the provider's page did not say. */
    hours: v.optional(TextSchema),
    purpose: TextSchema,
    /** The parts of the region the line serves (keys of the region's `areas`); all of it when left out. */
    areas: v.optional(v.pipe(v.array(AreaCodeSchema), nonEmpty('at least one area code'))),
    /** Lines for children and young people are listed apart, after the others. */
    audience: v.optional(v.picklist(['young-people'], '"young-people"')),
    /** The organisation's own page, where the details were checked. */
    url: HttpsUrlSchema,
    verifiedOn: IsoDateSchema,
  }),
  v.forward(
    v.check(
      (line) => line.phone !== undefined || line.sms !== undefined,
      'a phone or sms number, so the line can be reached',
    ),
    ['phone'],
  ),
);

const emergencyEntries = {
  /** Left out where no official page for the number was read: the label then names no number. */
  number: v.optional(DialSchema),
  /** E.g. "Call 999 or go to A&E if a life is at risk". */
  label: TextSchema,
  url: v.optional(HttpsUrlSchema),
};

const helpRegionEntries = {
  region: RegionCodeSchema,
  name: TextSchema,
  emergency: v.strictObject(emergencyEntries),
  /** Area code -> its name, e.g. `GB-SCT` -> Scotland, for regions whose lines differ by area. */
  areas: v.optional(v.record(AreaCodeSchema, TextSchema)),
  lines: v.pipe(v.array(HelplineSchema), uniqueIds()),
};

const HelpRegionObjectSchema = v.strictObject(helpRegionEntries);

/** Every area a line names is one of its region's areas. */
const knownAreas = v.rawCheck<v.InferOutput<typeof HelpRegionObjectSchema>>(({ dataset, addIssue }) => {
  if (!dataset.typed) return;
  const region = dataset.value;
  region.lines.forEach((line, index) => {
    (line.areas ?? []).forEach((area, at) => {
      if (region.areas && Object.prototype.hasOwnProperty.call(region.areas, area)) return;
      addIssue({
        message: `one of this region's areas (${Object.keys(region.areas ?? {}).join(', ') || 'it has none'})`,
        input: area,
        path: [
          step(region, 'lines', region.lines),
          step(region.lines, index, line),
          step(line, 'areas', line.areas),
          step(line.areas, at, area),
        ],
      });
    });
  });
});
export const HelpRegionSchema = v.pipe(HelpRegionObjectSchema, knownAreas);

/** What to show for a region the pack has no lines for. */
const helpFallbackEntries = {
  /** E.g. "If a life is at risk, call your local emergency number now." */
  emergency: TextSchema,
  advice: TextSchema,
};
export const HelpFallbackSchema = v.strictObject(helpFallbackEntries);

// ---------------------------------------------------------------------------------------------
// The pack
// ---------------------------------------------------------------------------------------------

type PackLike = {
  therapies?: Record<string, { id: string }>;
  glossary?: Record<string, { id: string }>;
  sources?: Record<string, { id: string }>;
  aspects?: { id: string }[];
  comparison?: Record<string, Record<string, unknown>>;
  questionSets?: Record<string, { id: string; therapies: Record<string, unknown> }>;
  helplines?: Record<string, { region: string }>;
};

const packEntries = {
  locale: LocaleSchema,
  therapies: v.optional(v.record(IdSchema, TherapySchema)),
  glossary: v.optional(v.record(IdSchema, GlossaryEntrySchema)),
  sources: v.optional(v.record(IdSchema, SourceSchema)),
  aspects: v.optional(v.pipe(v.array(AspectSchema), uniqueIds())),
  /** therapy id -> aspect id -> cell */
  comparison: v.optional(v.record(IdSchema, v.record(IdSchema, CellSchema))),
  questionSets: v.optional(v.record(IdSchema, QuestionSetSchema)),
  /** region code -> help for that region */
  helplines: v.optional(v.record(RegionCodeSchema, HelpRegionSchema)),
  /** For any region without its own entry in helplines. */
  helpFallback: v.optional(HelpFallbackSchema),
};

const PackObjectSchema = v.strictObject(packEntries);

/** References inside a pack: term ids, source ids, therapy ids, aspect ids, and record keys. */
const resolvableReferences = v.rawCheck<v.InferOutput<typeof PackObjectSchema>>(({ dataset, addIssue }) => {
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
          addIssue({ message: 'the id of an entry in sources', input: id, path: extend(path, step(value, index, id)) });
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

/** An object that is not a list: valibot's object schemas would take an array as an empty object. */
const NotAListSchema = v.custom<Record<string, unknown>>(
  (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
  'an object (not a list)',
);

export const ContentPackSchema = v.pipe(NotAListSchema, PackObjectSchema, resolvableReferences);

// ---------------------------------------------------------------------------------------------
// Partial packs (what a clinic passes to override or extend the defaults)
// ---------------------------------------------------------------------------------------------
// Plain objects are partial at every level. Arrays of items with an id hold whole items: an item
// with a known id replaces that item, one with a new id is appended (see mergeContent).

const PartialPackObjectSchema = v.partial(
  v.strictObject({
    locale: LocaleSchema,
    therapies: v.record(
      IdSchema,
      v.partial(v.strictObject({ ...therapyEntries, review: v.partial(v.strictObject(reviewEntries)) })),
    ),
    glossary: v.record(IdSchema, v.partial(v.strictObject(glossaryEntries))),
    sources: v.record(IdSchema, v.partial(v.strictObject(sourceEntries))),
    aspects: v.pipe(v.array(AspectSchema), uniqueIds()),
    comparison: v.record(IdSchema, v.record(IdSchema, v.partial(v.strictObject(cellEntries)))),
    questionSets: v.record(IdSchema, v.partial(v.strictObject(questionSetEntries))),
    helplines: v.record(
      RegionCodeSchema,
      v.partial(v.strictObject({ ...helpRegionEntries, emergency: v.partial(v.strictObject(emergencyEntries)) })),
    ),
    helpFallback: v.partial(v.strictObject(helpFallbackEntries)),
  }),
);

export const PartialContentPackSchema = v.pipe(NotAListSchema, PartialPackObjectSchema);

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

export type TermRef = v.InferOutput<typeof TermRefSchema>;
export type Inline = v.InferOutput<typeof InlineSchema>;
export type RichText = v.InferOutput<typeof RichTextSchema>;
export type Statement = v.InferOutput<typeof StatementSchema>;
export type Paragraph = v.InferOutput<typeof ParagraphSchema>;
export type List = v.InferOutput<typeof ListSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type Section = v.InferOutput<typeof SectionSchema>;
export type FaqItem = v.InferOutput<typeof FaqItemSchema>;
export type Review = v.InferOutput<typeof ReviewSchema>;
export type Therapy = v.InferOutput<typeof TherapySchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type SourceKind = v.InferOutput<typeof SourceKindSchema>;
export type Describes = v.InferOutput<typeof DescribesSchema>;
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;
export type Aspect = v.InferOutput<typeof AspectSchema>;
export type Cell = v.InferOutput<typeof CellSchema>;
export type Option = v.InferOutput<typeof OptionSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type SetTherapy = v.InferOutput<typeof SetTherapySchema>;
export type QuestionSet = v.InferOutput<typeof QuestionSetSchema>;
export type Helpline = v.InferOutput<typeof HelplineSchema>;
export type HelpRegion = v.InferOutput<typeof HelpRegionSchema>;
export type HelpFallback = v.InferOutput<typeof HelpFallbackSchema>;
export type ContentPack = v.InferOutput<typeof ContentPackSchema>;
export type PartialContentPack = v.InferOutput<typeof PartialContentPackSchema>;
