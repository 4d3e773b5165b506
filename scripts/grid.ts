// `npm run grid`: regenerates docs/grid.md from the current version of the reperes-ia questionnaire.
import { writeFileSync } from 'node:fs';
import { currentVersion } from '../src/domain/catalogue';
import { summarise } from '../src/domain/catalogue';
import { gridMarkdown } from './grid-doc';
import { validateQuestionnaires } from './questionnaire-files';

/** The questionnaire the grid document describes. */
export const GRID_QUESTIONNAIRE = 'reperes-ia';
export const GRID_DOC = 'docs/grid.md';

/** The grid document as it should be now. */
export function expectedGridDoc(root: string): string {
  const reports = validateQuestionnaires(root).filter((r) => r.questionnaire);
  const summary = currentVersion(
    reports.map((r) => summarise(r.questionnaire!)),
    GRID_QUESTIONNAIRE,
  );
  const report = reports.find(
    (r) => r.questionnaire?.id === summary?.id && r.questionnaire?.version === summary?.version,
  );
  if (!report?.questionnaire) throw new Error(`No valid version of ${GRID_QUESTIONNAIRE}`);
  return gridMarkdown(report.questionnaire, report.file);
}

if (process.argv[1]?.endsWith('grid.ts')) {
  writeFileSync(GRID_DOC, expectedGridDoc(process.cwd()));
  console.log(`Wrote ${GRID_DOC}`);
}
