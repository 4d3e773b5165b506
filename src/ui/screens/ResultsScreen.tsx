import { useState } from 'preact/hooks';
import type { Questionnaire } from '../../domain/questionnaire';
import type { Profile } from '../../domain/scoring';
import { pickText } from '../../domain/text';
import { useTranslation } from '../../i18n/context';
import { Button, ButtonRow } from '../components/Button';
import { ConfirmBox } from '../components/ConfirmBox';
import { FocusHeading } from '../components/FocusHeading';
import { LevelTable, type LevelRow } from '../components/LevelTable';
import styles from './ResultsScreen.module.css';

/** A profile computed from stored answers, with the questionnaire version it was computed on. */
export interface ResultsScreenProps {
  questionnaire: Questionnaire;
  profile: Profile;
  answeredAt: Date;
  onRestart: () => void;
  onHome: () => void;
  onErase: () => void;
}

/** The results: a level per area in words first, then the same figures in a table. */
export function ResultsScreen(props: ResultsScreenProps) {
  const { t, language } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { questionnaire: q, profile } = props;
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, language);

  const areas = q.areas.map((area) => {
    const score = profile.areas.find((a) => a.areaId === area.id);
    const level = score?.level ? q.levels[score.level - 1] : undefined;
    return {
      id: area.id,
      title: text(area.title),
      levelNumber: score?.level ?? null,
      levelLabel: level ? text(level.label) : t('results.notEvaluated'),
      levelDescription: level ? text(level.description) : t('results.notEvaluatedHelp'),
      scoredAnswers: score?.scoredAnswers ?? 0,
    };
  });
  const rows: LevelRow[] = areas.map((a) => ({
    area: a.title,
    level: a.levelLabel,
    scoredAnswers: a.scoredAnswers,
  }));
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(props.answeredAt);

  return (
    <>
      <FocusHeading>{t('results.title')}</FocusHeading>
      <p>{t('results.intro')}</p>
      <ul class={styles.areas}>
        {areas.map((area) => (
          <li key={area.id} class={styles.area}>
            <h2>{area.title}</h2>
            <p class={styles.level}>
              {area.levelLabel}
              {area.levelNumber !== null &&
                ` (${t('results.levelOf', { level: area.levelNumber })})`}
            </p>
            <p>{area.levelDescription}</p>
          </li>
        ))}
      </ul>

      <LevelTable rows={rows} />

      {profile.notUnderstood.length > 0 && (
        <p>{t('results.notUnderstood', { count: profile.notUnderstood.length })}</p>
      )}

      <details class={styles.how}>
        <summary>{t('results.howTitle')}</summary>
        <p>{t('results.howSelf')}</p>
        <p>{t('results.howSituation')}</p>
        <p>{t('results.howArea')}</p>
        <p>{t('results.howNotUnderstood')}</p>
      </details>

      <p class={styles.meta}>
        {t('results.answeredOn', { date })}{' '}
        {t('results.computedWith', { title: text(q.title), version: q.version, id: q.id })}
      </p>

      <ButtonRow>
        <Button onClick={props.onHome}>{t('results.home')}</Button>
        <Button variant="secondary" onClick={props.onRestart}>
          {t('results.restart')}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('results.erase')}
        </Button>
      </ButtonRow>
      {confirming && (
        <ConfirmBox
          question={t('results.eraseConfirm')}
          confirmLabel={t('results.eraseYes')}
          cancelLabel={t('results.eraseNo')}
          onConfirm={props.onErase}
          onCancel={() => setConfirming(false)}
        />
      )}
    </>
  );
}
