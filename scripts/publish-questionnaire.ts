// `npm run questionnaire:publish -- questionnaires/<id>/<version>.json`: freezes a published version
// by recording its SHA-256 in questionnaires/published.lock.json. See docs/authoring.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFile, formatProblems, LOCK_FILE, readLock, sha256 } from './questionnaire-files';

const root = process.cwd();
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error(
    'Name the file to publish, e.g. npm run questionnaire:publish -- questionnaires/x/1.0.0.json',
  );
  process.exit(2);
}
const lock = readLock(root);
if (lock.problem) {
  console.error(`${LOCK_FILE}: ${lock.problem}`);
  process.exit(1);
}
let failed = false;
for (const file of files) {
  const report = checkFile(root, file);
  const q = report.questionnaire;
  if (!q || !report.source) {
    formatProblems([report]).forEach((line) => console.error(line));
    failed = true;
    continue;
  }
  if (q.status !== 'published') {
    console.error(`${file}: status: set "status": "published" before publishing`);
    failed = true;
    continue;
  }
  const key = `${q.id}@${q.version}`;
  const hash = sha256(report.source);
  if (lock.versions[key] !== undefined && lock.versions[key] !== hash) {
    console.error(`${file}: ${key} is already published with other content: publish a new version`);
    failed = true;
    continue;
  }
  lock.versions[key] = hash;
  console.log(`${file}: ${key} is published and frozen.`);
}
const sorted = Object.fromEntries(
  Object.entries(lock.versions).sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync(
  join(root, LOCK_FILE),
  `${JSON.stringify({ $comment: 'SHA-256 of each published questionnaire version. Never edit by hand: see docs/authoring.md.', versions: sorted }, null, 2)}\n`,
);
process.exitCode = failed ? 1 : 0;
