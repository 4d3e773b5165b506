import { languageName } from './languages';
import { z } from './zod';

/** A BCP 47 language tag such as `fr`, `en` or the private-use `fr-x-falc`. */
export const LanguageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'not a BCP 47 language tag');

/**
 * A text a person reads, keyed by language. `required` lists the languages
 * every text must have: French always, and every language the file declares.
 */
function localizedText(required: readonly string[]) {
  return z
    .record(LanguageTagSchema, z.string().trim().min(1, 'empty text'))
    .superRefine((text, ctx) => {
      for (const language of required) {
        if (typeof text[language] !== 'string') {
          ctx.addIssue({
            code: 'custom',
            path: [language],
            message: `missing ${languageName(language)} text`,
          });
        }
      }
    });
}

/** The four levels of the grid, named by autonomy: 1 Je découvre … 4 Je peux aider. */
export const LevelSchema = z.number().int().min(1).max(4);
export type Level = 1 | 2 | 3 | 4;

const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and single dashes');

const SemverSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+$/, 'use a version like 1.0.0 (major.minor.patch)');

const HttpsUrlSchema = z
  .string()
  .regex(/^https:\/\/[^\s/$.?#][^\s]*$/, 'use a full address starting with https://');

/** A picture shipped next to the questionnaire, e.g. `media/photo.webp`, with its text alternative. */
const imagePath = z
  .string()
  .regex(
    /^media\/[a-z0-9-]+\.(png|jpg|jpeg|webp|svg)$/,
    'put pictures in the media/ folder beside the file, e.g. media/photo.webp',
  );

/** Builds the schema of a questionnaire whose texts must all have the `required` languages. */
export function questionnaireSchema(required: readonly string[]) {
  const Text = localizedText(required);
  const Image = z.strictObject({ src: imagePath, alt: Text });

  const Competency = z.strictObject({
    id: IdSchema,
    title: Text,
    description: Text,
    references: z.array(z.string().trim().min(1)).default([]),
    /** What a person at each level can do, from "Je découvre" to "Je peux aider d'autres personnes". */
    levels: z.array(Text).length(4, 'give one descriptor for each of the 4 levels').optional(),
    recommendations: z
      .array(
        z.strictObject({
          level: LevelSchema,
          text: Text,
          resource: z.strictObject({ name: Text, url: HttpsUrlSchema }).optional(),
        }),
      )
      .default([]),
  });

  const SelfItem = z.strictObject({
    id: IdSchema,
    competency: IdSchema,
    kind: z.literal('self'),
    prompt: Text,
    hint: Text.optional(),
    image: Image.optional(),
  });

  const SituationItem = z.strictObject({
    id: IdSchema,
    competency: IdSchema,
    kind: z.literal('situation'),
    /** The level a person shows by choosing the best answer. */
    targetLevel: LevelSchema,
    prompt: Text,
    options: z
      .array(
        z.strictObject({
          id: IdSchema,
          label: Text,
          /** Exactly one answer is the best one… */
          correct: z.boolean().optional(),
          /** …or every answer says which level it shows (explicit scores). */
          level: LevelSchema.optional(),
        }),
      )
      .min(2, 'give 2 to 4 answers')
      .max(4, 'give 2 to 4 answers'),
    explanation: Text,
    hint: Text.optional(),
    image: Image.optional(),
  });

  const Path = z.strictObject({
    minutes: z.number().int().positive(),
    items: z.array(IdSchema).min(1, 'a path needs at least one item'),
  });

  return z.strictObject({
    $schema: z.string().optional(),
    id: IdSchema,
    version: SemverSchema,
    status: z.enum(['draft', 'published']),
    languages: z.array(LanguageTagSchema).min(1),
    title: Text,
    description: Text,
    levels: z
      .array(z.strictObject({ level: LevelSchema, label: Text, description: Text }))
      .length(4, 'give exactly 4 levels'),
    selfScale: z
      .array(z.strictObject({ id: IdSchema, level: LevelSchema, label: Text }))
      .length(4, 'give exactly 4 answers, one per level'),
    specialAnswers: z.strictObject({ dontKnow: Text, dontUnderstand: Text }),
    areas: z
      .array(
        z.strictObject({
          id: IdSchema,
          title: Text,
          description: Text,
          competencies: z.array(Competency).min(1, 'an area needs at least one competency'),
        }),
      )
      .min(1, 'a questionnaire needs at least one area'),
    items: z
      .array(z.discriminatedUnion('kind', [SelfItem, SituationItem]))
      .min(1, 'a questionnaire needs at least one item'),
    paths: z.strictObject({ short: Path, complete: Path }),
    scoring: z
      .strictObject({
        /** Scored answers a competency needs before it gets a level; fewer gives "pas encore évalué". */
        minAnswers: z.number().int().min(1).default(1),
        /** A gap of this many levels between declared and shown is pointed out, kindly. */
        gapToReport: z.number().int().min(1).max(3).default(2),
      })
      .default({ minAnswers: 1, gapToReport: 2 }),
  });
}

/** The schema every questionnaire satisfies: texts need French, whatever else they declare. */
export const QuestionnaireShapeSchema = questionnaireSchema(['fr']);

export type Questionnaire = z.infer<typeof QuestionnaireShapeSchema>;
export type LocalizedText = Questionnaire['title'];
export type Area = Questionnaire['areas'][number];
export type Competency = Area['competencies'][number];
export type Item = Questionnaire['items'][number];
export type SelfItem = Extract<Item, { kind: 'self' }>;
export type SituationItem = Extract<Item, { kind: 'situation' }>;
export type PathId = keyof Questionnaire['paths'];
