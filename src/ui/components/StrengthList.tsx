import type { Level, Questionnaire } from '../../domain/questionnaire';
import type { Strength } from '../../domain/results';
import { pickText } from '../../domain/text';
import { useTranslation } from '../../i18n/context';
import { ReadAloudButton } from './ReadAloudButton';
import styles from './ResultsSection.module.css';

/** "Ce que vous savez déjà faire": each strength with what a person at that level does. */
export function StrengthList(props: {
  questionnaire: Questionnaire;
  strengths: readonly Strength[];
}) {
  const { t, language } = useTranslation();
  const levelLabel = (level: Level) =>
    pickText(props.questionnaire.levels[level - 1]!.label, language);
  return (
    <section class={styles.section} aria-labelledby="strengths-title">
      <h2 id="strengths-title">{t('results.strengthsTitle')}</h2>
      <ReadAloudButton
        label={t('speech.listenBlock', { block: t('results.strengthsTitle') })}
        texts={[
          t('results.strengthsTitle'),
          ...(props.strengths.length === 0 ? [t('results.strengthsNone')] : []),
          ...props.strengths.flatMap(({ competency, level }) => [
            pickText(competency.title, language),
            t('results.yourLevel', { level: levelLabel(level) }),
            ...(competency.levels?.[level - 1]
              ? [pickText(competency.levels[level - 1]!, language)]
              : []),
          ]),
        ]}
      />
      {props.strengths.length === 0 ? (
        <p>{t('results.strengthsNone')}</p>
      ) : (
        <ul class={styles.list}>
          {props.strengths.map(({ competency, level }) => (
            <li key={competency.id} class={styles.card}>
              <h3>{pickText(competency.title, language)}</h3>
              <p class={styles.level}>{t('results.yourLevel', { level: levelLabel(level) })}</p>
              {competency.levels?.[level - 1] && (
                <p>{pickText(competency.levels[level - 1]!, language)}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
