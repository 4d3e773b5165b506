import type { Questionnaire } from '../../domain/questionnaire';
import type { Priority } from '../../domain/results';
import { pickText } from '../../domain/text';
import { useTranslation } from '../../i18n/context';
import { ReadAloudButton } from './ReadAloudButton';
import styles from './ResultsSection.module.css';

/** "Ce que vous pouvez apprendre ensuite": 2 or 3 next steps, each with free resources. */
export function PriorityList(props: {
  questionnaire: Questionnaire;
  priorities: readonly Priority[];
}) {
  const { t, language } = useTranslation();
  const levelLabel = (level: number) =>
    pickText(props.questionnaire.levels[level - 1]!.label, language);
  return (
    <section class={styles.section} aria-labelledby="priorities-title">
      <h2 id="priorities-title">{t('results.prioritiesTitle')}</h2>
      <ReadAloudButton
        label={t('speech.listenBlock', { block: t('results.prioritiesTitle') })}
        texts={[
          t('results.prioritiesTitle'),
          ...(props.priorities.length === 0 ? [t('results.prioritiesNone')] : []),
          ...props.priorities.flatMap(({ competency, level, recommendations }) => [
            pickText(competency.title, language),
            t('results.yourLevel', { level: levelLabel(level) }),
            ...recommendations.map((r) => pickText(r.text, language)),
          ]),
        ]}
      />
      {props.priorities.length === 0 ? (
        <p>{t('results.prioritiesNone')}</p>
      ) : (
        <ul class={styles.list}>
          {props.priorities.map(({ competency, level, recommendations }) => (
            <li key={competency.id} class={styles.card}>
              <h3>{pickText(competency.title, language)}</h3>
              <p class={styles.level}>{t('results.yourLevel', { level: levelLabel(level) })}</p>
              <ul class={styles.steps}>
                {recommendations.map((r, i) => (
                  <li key={i}>
                    {pickText(r.text, language)}
                    {r.resource && (
                      <>
                        {' '}
                        {t('results.freeResource')}{' '}
                        <a href={r.resource.url} rel="noopener noreferrer" target="_blank">
                          {pickText(r.resource.name, language)}
                        </a>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
