// Serves and ships every file under questionnaires/, validated through the same
// door as the app: the build fails on an invalid questionnaire.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { parseQuestionnaire } from '../src/domain/validate';
import type { QuestionnaireSummary } from '../src/domain/catalogue';
import { summarise } from '../src/domain/catalogue';

const VIRTUAL_ID = 'virtual:questionnaire-catalogue';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

interface QuestionnaireFile {
  /** Path relative to the project, with forward slashes, e.g. `questionnaires/x/1.0.0.json`. */
  path: string;
  source: string;
}

function listQuestionnaireFiles(root: string): QuestionnaireFile[] {
  const dir = join(root, 'questionnaires');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json') && !name.startsWith('.'))
    .sort()
    .map((name) => {
      const absolute = join(dir, name);
      return {
        path: relative(root, absolute).split(sep).join('/'),
        source: readFileSync(absolute, 'utf8'),
      };
    });
}

function loadCatalogue(root: string): {
  files: QuestionnaireFile[];
  summaries: QuestionnaireSummary[];
} {
  const files = listQuestionnaireFiles(root);
  const errors: string[] = [];
  const summaries: QuestionnaireSummary[] = [];
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(file.source);
    } catch (error) {
      errors.push(`${file.path}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    const result = parseQuestionnaire(raw);
    if (!result.ok) {
      for (const p of result.problems) errors.push(`${file.path}: ${p.path}: ${p.message}`);
      continue;
    }
    const expected = `questionnaires/${result.questionnaire.id}/${result.questionnaire.version}.json`;
    if (file.path !== expected) {
      errors.push(`${file.path}: the file should be named ${expected} after its id and version`);
      continue;
    }
    summaries.push(summarise(result.questionnaire));
  }
  if (errors.length > 0) throw new Error(`Invalid questionnaire files:\n${errors.join('\n')}`);
  return { files, summaries };
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
      const { summaries } = loadCatalogue(root);
      return `export const catalogue = ${JSON.stringify(summaries)};`;
    },
    generateBundle() {
      for (const file of loadCatalogue(root).files) {
        this.emitFile({ type: 'asset', fileName: file.path, source: file.source });
      }
    },
    configureServer(server) {
      server.watcher.add(join(root, 'questionnaires'));
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        const file = listQuestionnaireFiles(root).find((f) => `/${f.path}` === url);
        if (!file) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(file.source);
      });
    },
  };
}
