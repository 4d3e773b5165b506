import type { Level, Questionnaire } from '../../domain/questionnaire';
import type { CompetencyScore } from '../../domain/scoring';
import { pickText } from '../../domain/text';
import { useTranslation } from '../../i18n/context';
import { DataTable } from './DataTable';
import styles from './ResultsSection.module.css';

/** What the person said and what the situations showed, side by side, with the level kept. */
export function DeclaredShownTable(props: {
  questionnaire: Questionnaire;
  competencies: readonly CompetencyScore[];
}) {
  const { t, language } = useTranslation();
  const q = props.questionnaire;
  const title = (id: string) =>
    pickText(q.areas.flatMap((a) => a.competencies).find((c) => c.id === id)!.title, language);
  const label = (level: Level | null, empty: string) =>
    level === null ? empty : pickText(q.levels[level - 1]!.label, language);
  const gaps = props.competencies.filter((c) => c.gap !== null);
  return (
    <section class={styles.section} aria-labelledby="detail-title">
      <h2 id="detail-title">{t('results.detailTitle')}</h2>
      {gaps.map((c) => (
        <p key={c.competencyId}>
          {t(c.gap === 'more-than-you-think' ? 'results.gapMore' : 'results.gapRoom', {
            competency: title(c.competencyId),
          })}
        </p>
      ))}
      <DataTable
        caption={t('results.detailCaption')}
        headers={[
          t('results.colCompetency'),
          t('results.colDeclared'),
          t('results.colShown'),
          t('results.colKept'),
        ]}
        rows={props.competencies.map((c) => ({
          key: c.competencyId,
          header: title(c.competencyId),
          cells: [
            label(c.declared, t('results.noAnswer')),
            label(c.shown, t('results.noAnswer')),
            label(c.level, t('results.notEvaluated')),
          ],
        }))}
      />
    </section>
  );
}
