// `npm run schema`: writes the JSON Schema of the questionnaire format (a test fails when it is stale).
import { writeFileSync } from 'node:fs';
import { questionnaireJsonSchema } from './json-schema';
import { SCHEMA_FILE } from './questionnaire-files';

writeFileSync(SCHEMA_FILE, questionnaireJsonSchema());
console.log(`Wrote ${SCHEMA_FILE}`);
