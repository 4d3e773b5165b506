import { z } from './zod';
import { PUBLISHED_LANGUAGES } from './languages';
import { problemsFromZod, type Problem } from './problems';
import { questionnaireSchema, type Questionnaire } from './questionnaire';
import { crossReferenceProblems } from './rules';

/** The outcome of reading a questionnaire: the model, or every problem found. */
export type QuestionnaireParseResult =
  { ok: true; questionnaire: Questionnaire } | { ok: false; problems: Problem[] };

const HeaderSchema = z.looseObject({
  status: z.enum(['draft', 'published']).catch('draft'),
  languages: z.array(z.string()).catch([]),
});

const schemas = new Map<string, ReturnType<typeof questionnaireSchema>>();

/** Every text must have French, each declared language and, once published, the three languages. */
function schemaFor(raw: unknown) {
  const header = HeaderSchema.safeParse(raw);
  const declared = header.success ? header.data.languages : [];
  const published = header.success && header.data.status === 'published';
  const required = [
    ...new Set(['fr', ...(published ? PUBLISHED_LANGUAGES : []), ...declared]),
  ].filter((tag) => /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag));
  const key = required.join(' ');
  let schema = schemas.get(key);
  if (!schema) {
    schema = questionnaireSchema(required);
    schemas.set(key, schema);
  }
  return schema;
}

/**
 * The one door through which a questionnaire enters the app, the build and the
 * validation command: shape first, then the rules a schema alone cannot express.
 */
export function parseQuestionnaire(raw: unknown): QuestionnaireParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: '', message: 'a questionnaire is a JSON object' }] };
  }
  const shape = schemaFor(raw).safeParse(raw);
  if (!shape.success) return { ok: false, problems: problemsFromZod(shape.error) };
  const problems = crossReferenceProblems(shape.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, questionnaire: shape.data };
}
