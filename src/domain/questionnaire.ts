import { z } from 'zod';

/** A BCP 47 language tag such as `fr`, `en` or the private-use `fr-x-falc`. */
export const LanguageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'not a BCP 47 language tag');

/** Every text a person reads is keyed by language; French is always present. */
export const LocalizedTextSchema = z
  .record(LanguageTagSchema, z.string().trim().min(1, 'empty text'))
  .refine((text) => typeof text.fr === 'string', { message: 'missing French text' });

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** The four levels of the grid, named by autonomy: 1 Je découvre … 4 Je peux aider. */
export const LevelSchema = z.number().int().min(1).max(4);
export type Level = 1 | 2 | 3 | 4;

const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and single dashes');

const SemverSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+$/, 'use a version like 1.0.0 (major.minor.patch)');

const LevelDefinitionSchema = z.strictObject({
  level: LevelSchema,
  label: LocalizedTextSchema,
  description: LocalizedTextSchema,
});

const SelfScaleOptionSchema = z.strictObject({
  id: IdSchema,
  level: LevelSchema,
  label: LocalizedTextSchema,
});

const CompetencySchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  references: z.array(z.string().min(1)).default([]),
});

const AreaSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  competencies: z.array(CompetencySchema).min(1, 'an area needs at least one competency'),
});

const SituationOptionSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  correct: z.boolean(),
});

const SelfItemSchema = z.strictObject({
  id: IdSchema,
  competency: IdSchema,
  kind: z.literal('self'),
  prompt: LocalizedTextSchema,
  hint: LocalizedTextSchema.optional(),
});

const SituationItemSchema = z.strictObject({
  id: IdSchema,
  competency: IdSchema,
  kind: z.literal('situation'),
  targetLevel: LevelSchema,
  prompt: LocalizedTextSchema,
  options: z
    .array(SituationOptionSchema)
    .min(2, 'give 2 to 4 answers')
    .max(4, 'give 2 to 4 answers'),
  explanation: LocalizedTextSchema,
  hint: LocalizedTextSchema.optional(),
});

const ItemSchema = z.discriminatedUnion('kind', [SelfItemSchema, SituationItemSchema]);

const PathSchema = z.strictObject({
  minutes: z.number().int().positive(),
  items: z.array(IdSchema).min(1, 'a path needs at least one item'),
});

/** The shape of a questionnaire file; cross-references are checked in `validate.ts`. */
export const QuestionnaireShapeSchema = z.strictObject({
  $schema: z.string().optional(),
  id: IdSchema,
  version: SemverSchema,
  status: z.enum(['draft', 'published']),
  languages: z.array(LanguageTagSchema).min(1),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  levels: z.array(LevelDefinitionSchema).length(4, 'give exactly 4 levels'),
  selfScale: z.array(SelfScaleOptionSchema).length(4, 'give exactly 4 answers, one per level'),
  specialAnswers: z.strictObject({
    dontKnow: LocalizedTextSchema,
    dontUnderstand: LocalizedTextSchema,
  }),
  areas: z.array(AreaSchema).min(1, 'a questionnaire needs at least one area'),
  items: z.array(ItemSchema).min(1, 'a questionnaire needs at least one item'),
  paths: z.strictObject({ short: PathSchema, complete: PathSchema }),
});

export type Questionnaire = z.infer<typeof QuestionnaireShapeSchema>;
export type Area = Questionnaire['areas'][number];
export type Competency = Area['competencies'][number];
export type Item = Questionnaire['items'][number];
export type SelfItem = Extract<Item, { kind: 'self' }>;
export type SituationItem = Extract<Item, { kind: 'situation' }>;
export type PathId = keyof Questionnaire['paths'];
