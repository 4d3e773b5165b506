import { useState } from 'preact/hooks';
import type { Questionnaire } from '../../domain/questionnaire';
import { priorities, strengths } from '../../domain/results';
import type { Profile } from '../../domain/scoring';
import { pickText } from '../../domain/text';
import { useTranslation } from '../../i18n/context';
import { AreaChart } from '../components/AreaChart';
import { Button, ButtonRow } from '../components/Button';
import { ConfirmBox } from '../components/ConfirmBox';
import { DeclaredShownTable } from '../components/DeclaredShownTable';
import { FocusHeading } from '../components/FocusHeading';
import { HowComputed } from '../components/HowComputed';
import { LevelTable, type LevelRow } from '../components/LevelTable';
import { PriorityList } from '../components/PriorityList';
import { ReadAloudButton } from '../components/ReadAloudButton';
import { StrengthList } from '../components/StrengthList';
import styles from './ResultsScreen.module.css';

/** A profile computed from stored answers, with the questionnaire version it was computed on. */
export interface ResultsScreenProps {
  questionnaire: Questionnaire;
  profile: Profile;
  answeredAt: Date;
  /** Questions the complete path adds to this short path; 0 when there is nothing to add. */
  questionsLeft: number;
  onContinue: () => void;
  onRestart: () => void;
  onHome: () => void;
  onErase: () => void;
}

/** The results: words first, then the chart and the same figures in tables, then how they are computed. */
export function ResultsScreen(props: ResultsScreenProps) {
  const { t, language } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const { questionnaire: q, profile } = props;
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, language);

  const rows: LevelRow[] = q.areas.map((area) => {
    const score = profile.areas.find((a) => a.areaId === area.id);
    const level = score?.level ? q.levels[score.level - 1] : undefined;
    return {
      area: text(area.title),
      level: level ? text(level.label) : t('results.notEvaluated'),
      levelNumber: score?.level ?? null,
    };
  });
  const toDiscover = profile.competencies.reduce((sum, c) => sum + c.toDiscover, 0);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(props.answeredAt);

  return (
    <>
      <FocusHeading>{t('results.title')}</FocusHeading>
      <p>{t('results.intro')}</p>
      {props.questionsLeft > 0 && <p>{t('results.shortPathNote')}</p>}

      <StrengthList questionnaire={q} strengths={strengths(q, profile)} />
      <PriorityList questionnaire={q} priorities={priorities(q, profile)} />
      {toDiscover > 0 && <p>{t('results.toDiscover', { count: toDiscover })}</p>}

      <section aria-labelledby="areas-title">
        <h2 id="areas-title">{t('results.areasTitle')}</h2>
        <ReadAloudButton
          label={t('speech.listenBlock', { block: t('results.areasTitle') })}
          texts={[
            t('results.areasTitle'),
            ...rows.map(
              (row) => `${t('results.chartItem', { area: row.area, level: row.level })}.`,
            ),
          ]}
        />
        <AreaChart
          bars={rows.map((row) => ({
            area: row.area,
            level: row.levelNumber ?? 0,
            label: row.levelNumber === null ? row.level : `${row.level} (${row.levelNumber}/4)`,
          }))}
        />
        <LevelTable rows={rows} />
      </section>

      <DeclaredShownTable questionnaire={q} competencies={profile.competencies} />

      {profile.notUnderstood.length > 0 && (
        <section aria-labelledby="not-understood-title">
          <h2 id="not-understood-title">{t('results.notUnderstoodTitle')}</h2>
          <p>{t('results.notUnderstoodHelp')}</p>
          <ul>
            {profile.notUnderstood.map((id) => {
              const item = q.items.find((i) => i.id === id);
              return <li key={id}>{item ? text(item.prompt) : id}</li>;
            })}
          </ul>
        </section>
      )}

      <HowComputed />

      <p class={styles.meta}>
        {t('results.answeredOn', { date })}{' '}
        {t('results.computedWith', { title: text(q.title), version: q.version, id: q.id })}
      </p>

      {props.questionsLeft > 0 && (
        <section class={styles.continue} aria-labelledby="continue-help">
          <p id="continue-help">{t('results.continueHelp')}</p>
          <Button onClick={props.onContinue}>
            {t('results.continueComplete', { count: props.questionsLeft })}
          </Button>
        </section>
      )}

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
