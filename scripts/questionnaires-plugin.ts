// Serves and ships every questionnaire version, validated through the same door as
// `npm run validate` and the app: the build fails on an invalid or edited published file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Plugin } from 'vite';
import { summarise } from '../src/domain/catalogue';
import {
  formatProblems,
  QUESTIONNAIRES_DIR,
  validateQuestionnaires,
  type FileReport,
} from './questionnaire-files';

const VIRTUAL_ID = 'virtual:questionnaire-catalogue';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

function validReports(root: string): FileReport[] {
  const reports = validateQuestionnaires(root);
  const problems = formatProblems(reports);
  if (problems.length > 0) throw new Error(`Invalid questionnaire files:\n${problems.join('\n')}`);
  return reports;
}

/** Pictures that questionnaires ship in their media/ folders. */
function mediaFiles(root: string): string[] {
  return readdirSync(join(root, QUESTIONNAIRES_DIR), { recursive: true, encoding: 'utf8' })
    .map((name) => `${QUESTIONNAIRES_DIR}/${name.split(sep).join('/')}`)
    .filter((file) => /^questionnaires\/[^/]+\/media\/[^/]+$/.test(file));
}

/** Validates, serves in development, emits in the build, and exposes a catalogue module. */
export function questionnairesPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'reperes-questionnaires',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const summaries = validReports(root).flatMap((r) =>
        r.questionnaire ? [summarise(r.questionnaire)] : [],
      );
      return `export const catalogue = ${JSON.stringify(summaries)};`;
    },
    generateBundle() {
      for (const report of validReports(root)) {
        this.emitFile({ type: 'asset', fileName: report.file, source: report.source ?? '' });
      }
      for (const file of mediaFiles(root)) {
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(join(root, file)) });
      }
    },
    configureServer(server) {
      server.watcher.add(join(root, QUESTIONNAIRES_DIR));
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const report = validReports(root).find((r) => `/${r.file}` === url);
        if (!report) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(report.source);
      });
    },
  };
}
