// `npm run validate [-- --json] [files…]`: checks questionnaire files and says what is wrong, where.
import { summariseForAuthors } from './questionnaire-summary';
import { formatProblems, validateQuestionnaires } from './questionnaire-files';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const files = args.filter((arg) => arg !== '--json');
const reports = validateQuestionnaires(process.cwd(), files);
const problems = formatProblems(reports);

if (asJson) {
  console.log(JSON.stringify(reports.map(summariseForAuthors), null, 2));
} else {
  for (const line of problems) console.log(line);
  const valid = reports.filter((r) => r.problems.length === 0).length;
  console.log(
    `${reports.length} file(s) checked: ${valid} valid, ${reports.length - valid} with problems (${problems.length} problem(s)).`,
  );
}
process.exitCode = problems.length > 0 ? 1 : 0;
