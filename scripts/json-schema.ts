// Builds the JSON Schema of the questionnaire format from the zod schema, so editors autocomplete.
import { z } from 'zod';
import { QuestionnaireShapeSchema } from '../src/domain/questionnaire';

/** The JSON Schema text written to questionnaires/questionnaire.schema.json. */
export function questionnaireJsonSchema(): string {
  const schema = z.toJSONSchema(QuestionnaireShapeSchema, {
    io: 'input',
    reused: 'ref',
    unrepresentable: 'any',
  });
  const documented = {
    ...schema,
    $id: 'https://reperes-ia.example/questionnaire.schema.json',
    title: 'Repères IA questionnaire',
    description:
      'A versioned questionnaire of Repères IA. Generated from src/domain/questionnaire.ts by "npm run schema"; rules beyond shape are checked by "npm run validate".',
  };
  return `${JSON.stringify(documented, null, 2)}\n`;
}
