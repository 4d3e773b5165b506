// Renders a questionnaire's competency grid as Markdown tables for docs/grid.md.
import type { Questionnaire } from '../src/domain/questionnaire';

type Text = Record<string, string>;
const fr = (text: Text) => (text.fr ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const en = (text: Text) => (text.en ?? '').replace(/\|/g, '\\|');

/** The Markdown document of a questionnaire's grid, generated from its JSON file. */
export function gridMarkdown(q: Questionnaire, file: string): string {
  const competencies = q.areas.flatMap((a) => a.competencies);
  const count = (competency?: string) => {
    const items = q.items.filter((i) => competency === undefined || i.competency === competency);
    const self = items.filter((i) => i.kind === 'self').length;
    return { all: items.length, self, situation: items.length - self };
  };
  const total = count();
  const lines: string[] = [
    `# La grille de compétences IA : ${fr(q.title)} ${q.version}`,
    '',
    `> Généré à partir de \`${file}\` par \`npm run grid\`. Ne pas modifier à la main :`,
    '> un test vérifie que ce document correspond au fichier.',
    '',
    fr(q.description),
    '',
    '| | |',
    '| --- | --- |',
    `| Domaines | ${q.areas.length} |`,
    `| Compétences | ${competencies.length} |`,
    `| Questions | ${total.all} (${total.self} auto-déclarations, ${total.situation} situations) |`,
    `| Parcours court | ${q.paths.short.items.length} questions, environ ${q.paths.short.minutes} minutes |`,
    `| Parcours complet | ${q.paths.complete.items.length} questions, environ ${q.paths.complete.minutes} minutes |`,
    `| Statut | ${q.status === 'published' ? 'publié' : 'brouillon'} |`,
    '',
    '## Les niveaux',
    '',
    '| niveau | nom | ce que cela veut dire | English |',
    '| --- | --- | --- | --- |',
    ...q.levels.map(
      (l) => `| ${l.level} | ${fr(l.label)} | ${fr(l.description)} | ${en(l.label)} |`,
    ),
    '',
    '## Vue d’ensemble',
    '',
    '| domaine | compétence | auto-déclarations | situations | références |',
    '| --- | --- | --- | --- | --- |',
    ...q.areas.flatMap((area) =>
      area.competencies.map((c) => {
        const n = count(c.id);
        return `| ${fr(area.title)} | ${fr(c.title)} | ${n.self} | ${n.situation} | ${c.references.join(' ; ')} |`;
      }),
    ),
  ];
  for (const area of q.areas) {
    lines.push('', `## ${fr(area.title)}`, '', `${fr(area.description)} *(${en(area.title)})*`);
    for (const c of area.competencies) {
      const n = count(c.id);
      lines.push(
        '',
        `### ${fr(c.title)}`,
        '',
        `${fr(c.description)} *(${en(c.title)})*`,
        '',
        `Questions : ${n.all} (${n.self} auto-déclaration${n.self > 1 ? 's' : ''}, ${n.situation} situations). Références : ${c.references.join(' ; ')}.`,
        '',
        '| niveau | ce que fait la personne | pour aller plus loin |',
        '| --- | --- | --- |',
        ...q.levels.map((level, i) => {
          const descriptor = c.levels?.[i];
          const next = c.recommendations
            .filter((r) => r.level === level.level)
            .map((r) =>
              r.resource ? `${fr(r.text)} [${fr(r.resource.name)}](${r.resource.url})` : fr(r.text),
            )
            .join(' ');
          return `| ${fr(level.label)} | ${descriptor ? fr(descriptor) : ''} | ${next} |`;
        }),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
