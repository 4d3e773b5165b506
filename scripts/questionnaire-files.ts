// Reads and checks questionnaire files on disk: the shared core of `npm run validate`,
// `npm run questionnaire:publish` and the build. The rules themselves live in src/domain/.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from '../src/domain/problems';
import type { Questionnaire } from '../src/domain/questionnaire';
import { parseQuestionnaire } from '../src/domain/validate';

/** Questionnaire files are small; anything larger is a mistake, not a questionnaire. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const QUESTIONNAIRES_DIR = 'questionnaires';
export const LOCK_FILE = `${QUESTIONNAIRES_DIR}/published.lock.json`;
export const SCHEMA_FILE = `${QUESTIONNAIRES_DIR}/questionnaire.schema.json`;

/** What validation found in one file, with the questionnaire when it is valid. */
export interface FileReport {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  problems: Problem[];
  questionnaire?: Questionnaire;
  source?: string;
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Every questionnaire file under questionnaires/ (not the schema or the lock file). */
export function listQuestionnaireFiles(root: string): string[] {
  const dir = join(root, QUESTIONNAIRES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => toPosix(join(QUESTIONNAIRES_DIR, name)))
    .filter((file) => /^questionnaires\/[^/]+\/[^/]+\.json$/.test(file))
    .sort();
}

/** SHA-256 of a file's exact bytes, as the lock file records it. */
export function sha256(source: string | Buffer): string {
  return createHash('sha256').update(source).digest('hex');
}

/** Reads a file as JSON, turning every way it can be broken into one plain sentence. */
export function readJsonFile(path: string): { raw?: unknown; source?: string; problem?: string } {
  if (!existsSync(path) || !statSync(path).isFile()) return { problem: 'no such file' };
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    return { problem: `the file is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 2 MB` };
  }
  const bytes = readFileSync(path);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '')
    return { problem: 'the file is empty' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      problem: 'the file starts with a byte-order mark (BOM): save it as UTF-8 without BOM',
    };
  }
  const source = bytes.toString('utf8');
  try {
    return { raw: JSON.parse(source), source };
  } catch (error) {
    const message = (error as Error).message;
    return {
      problem: /end of JSON input|Unterminated/i.test(message)
        ? `the file ends too early, it looks cut off (${message})`
        : `not valid JSON (${message})`,
    };
  }
}

/** Reads and checks one questionnaire file: bytes, JSON, schema, rules, name and pictures. */
export function checkFile(root: string, file: string): FileReport {
  const read = readJsonFile(join(root, file));
  if (read.problem !== undefined) return { file, problems: [{ path: '', message: read.problem }] };
  const result = parseQuestionnaire(read.raw);
  if (!result.ok) return { file, problems: result.problems, source: read.source };
  const q = result.questionnaire;
  const problems: Problem[] = [];
  const expected = `${QUESTIONNAIRES_DIR}/${q.id}/${q.version}.json`;
  if (file.startsWith(`${QUESTIONNAIRES_DIR}/`) && file !== expected) {
    problems.push({
      path: 'id',
      message: `the file should be named ${expected} after its id and version`,
    });
  }
  q.items.forEach((item, i) => {
    if (item.image && !existsSync(join(root, file, '..', item.image.src))) {
      problems.push({ path: `items[${i}].image.src`, message: `no picture at ${item.image.src}` });
    }
  });
  return {
    file,
    problems,
    questionnaire: problems.length === 0 ? q : undefined,
    source: read.source,
  };
}

/** The lock file: the SHA-256 of each published `id@version`. */
export function readLock(root: string): { versions: Record<string, string>; problem?: string } {
  const path = join(root, LOCK_FILE);
  if (!existsSync(path)) return { versions: {} };
  const read = readJsonFile(path);
  const versions = (read.raw as { versions?: unknown } | undefined)?.versions;
  if (read.problem !== undefined || typeof versions !== 'object' || versions === null) {
    return {
      versions: {},
      problem: read.problem ?? 'expected { "versions": { "id@version": "sha256" } }',
    };
  }
  return { versions: versions as Record<string, string> };
}

/** Adds the "published means frozen" checks to the reports of the files that were read. */
export function lockProblems(
  root: string,
  reports: FileReport[],
  checkDeleted: boolean,
): FileReport[] {
  const lock = readLock(root);
  const extra: FileReport[] = [];
  if (lock.problem)
    extra.push({ file: LOCK_FILE, problems: [{ path: '', message: lock.problem }] });
  for (const report of reports) {
    const q = report.questionnaire;
    // Only the files the app serves are frozen; a file elsewhere (a fixture, a draft in progress) is not.
    if (!q || q.status !== 'published' || !report.source) continue;
    if (!report.file.startsWith(`${QUESTIONNAIRES_DIR}/`)) continue;
    const key = `${q.id}@${q.version}`;
    const recorded = lock.versions[key];
    if (recorded === undefined) {
      report.problems.push({
        path: 'status',
        message: `published but not recorded in ${LOCK_FILE}: run "npm run questionnaire:publish -- ${report.file}"`,
      });
    } else if (recorded !== sha256(report.source)) {
      report.problems.push({
        path: '',
        message: `${key} was published and has been edited since; a published version never changes: publish a new version (e.g. ${nextPatch(q.version)}) instead`,
      });
    }
  }
  if (checkDeleted) {
    for (const key of Object.keys(lock.versions)) {
      const [id, version] = key.split('@');
      const file = `${QUESTIONNAIRES_DIR}/${id}/${version}.json`;
      if (!existsSync(join(root, file))) {
        extra.push({
          file,
          problems: [
            {
              path: '',
              message: `${key} was published and has been deleted; published versions stay so that old results reopen: restore it, and publish a new version for any change`,
            },
          ],
        });
      }
    }
  }
  return [...reports, ...extra];
}

function nextPatch(version: string): string {
  const [major, minor, patch] = version.split('.').map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}`;
}

/**
 * Checks the given files, or every questionnaire file when none is given
 * (then a deleted published version is reported too).
 */
export function validateQuestionnaires(root: string, files?: readonly string[]): FileReport[] {
  const targets =
    files && files.length > 0
      ? files.map((f) => toPosix(relative(root, join(root, f))))
      : listQuestionnaireFiles(root);
  const reports = targets.map((file) => checkFile(root, file));
  return lockProblems(root, reports, !files || files.length === 0);
}

/** One line per problem: `<file>: <JSON path>: <message>`. */
export function formatProblems(reports: readonly FileReport[]): string[] {
  return reports.flatMap((report) =>
    report.problems.map((p) =>
      p.path ? `${report.file}: ${p.path}: ${p.message}` : `${report.file}: ${p.message}`,
    ),
  );
}
