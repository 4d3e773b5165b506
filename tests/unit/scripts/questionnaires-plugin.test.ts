// @vitest-environment node
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { questionnairesPlugin } from '../../../scripts/questionnaires-plugin';
import { ROOT } from '../helpers/questionnaire';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Loads the catalogue module the way the build does, for a project at `root`. */
function loadCatalogue(root: string): string {
  const plugin = questionnairesPlugin() as unknown as {
    configResolved(config: { root: string }): void;
    resolveId(id: string): string;
    load(id: string): string;
  };
  plugin.configResolved({ root });
  return plugin.load(plugin.resolveId('virtual:questionnaire-catalogue'));
}

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'reperes-build-'));
  roots.push(root);
  mkdirSync(join(root, 'questionnaires/reperes-ia'), { recursive: true });
  copyFileSync(
    join(ROOT, 'tests/fixtures/questionnaires/reperes-ia/0.1.0.json'),
    join(root, 'questionnaires/reperes-ia/0.1.0.json'),
  );
  return root;
}

describe('the build', () => {
  it('lists every valid questionnaire version in the catalogue the home screen reads', () => {
    const module = loadCatalogue(project());
    expect(module).toContain('"id":"reperes-ia"');
    expect(module).toContain('"version":"0.1.0"');
  });

  it('fails on an invalid questionnaire, naming the file, the place and the problem', () => {
    const root = project();
    writeFileSync(join(root, 'questionnaires/reperes-ia/0.2.0.json'), '{ "id": ');
    expect(() => loadCatalogue(root)).toThrow(
      /Invalid questionnaire files:\nquestionnaires\/reperes-ia\/0\.2\.0\.json: the file ends too early/,
    );
  });
});
