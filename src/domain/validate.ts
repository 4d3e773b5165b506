import { problemsFromZod, type Problem } from './problems';
import { QuestionnaireShapeSchema, type Questionnaire } from './questionnaire';

/** The outcome of reading a questionnaire: the model, or every problem found. */
export type QuestionnaireParseResult =
  { ok: true; questionnaire: Questionnaire } | { ok: false; problems: Problem[] };

/**
 * The one door through which a questionnaire enters the app: shape first, then
 * the cross-references that a schema alone cannot express.
 */
export function parseQuestionnaire(raw: unknown): QuestionnaireParseResult {
  const shape = QuestionnaireShapeSchema.safeParse(raw);
  if (!shape.success) return { ok: false, problems: problemsFromZod(shape.error) };
  const problems = crossReferenceProblems(shape.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, questionnaire: shape.data };
}

function crossReferenceProblems(q: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const first = seen.get(id);
    if (first) problems.push({ path, message: `id "${id}" is already used at ${first}` });
    else seen.set(id, path);
  };

  const competencies = new Set<string>();
  q.areas.forEach((area, a) => {
    claim(area.id, `areas[${a}].id`);
    area.competencies.forEach((c, i) => {
      claim(c.id, `areas[${a}].competencies[${i}].id`);
      competencies.add(c.id);
    });
  });

  const items = new Set<string>();
  q.items.forEach((item, i) => {
    claim(item.id, `items[${i}].id`);
    items.add(item.id);
    if (!competencies.has(item.competency)) {
      problems.push({
        path: `items[${i}].competency`,
        message: `no competency has the id "${item.competency}"`,
      });
    }
    if (item.kind === 'situation' && item.options.filter((o) => o.correct).length !== 1) {
      problems.push({ path: `items[${i}].options`, message: 'mark exactly one answer as correct' });
    }
  });

  q.levels.forEach((level, i) => {
    if (level.level !== i + 1) {
      problems.push({ path: `levels[${i}].level`, message: `should be ${i + 1}` });
    }
  });
  q.selfScale.forEach((option, i) => {
    if (option.level !== i + 1) {
      problems.push({ path: `selfScale[${i}].level`, message: `should be ${i + 1}` });
    }
  });

  for (const pathId of ['short', 'complete'] as const) {
    q.paths[pathId].items.forEach((id, i) => {
      if (!items.has(id)) {
        problems.push({
          path: `paths.${pathId}.items[${i}]`,
          message: `no item has the id "${id}"`,
        });
      }
    });
  }
  return problems;
}
