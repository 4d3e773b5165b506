import type { ComponentChildren } from 'preact';
import type { Questionnaire } from '../../domain/questionnaire';
import { priorities, strengths } from '../../domain/results';
import type { Profile } from '../../domain/scoring';
import { pickText } from '../../domain/text';
import { useTranslation } from '../../i18n/context';
import { AreaChart } from '../components/AreaChart';
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
  /** Results of a short path: a first idea that the complete path makes more precise. */
  shortPath: boolean;
  /** The screen's title: "Vos repères", or "Résultats reçus" for a shared link. */
  title?: string;
  intro?: string;
  /** The first name or pseudonym printed on the summary, in guided sessions. */
  personName?: string;
  /** The professional's notes, printed only when they ticked it. */
  printedNotes?: string;
  /** What the person can do with these results (print, save, share…). */
  children?: ComponentChildren;
}

/** The results: words first, then the chart and the same figures in tables, then how they are computed. */
export function ResultsScreen(props: ResultsScreenProps) {
  const { t, language } = useTranslation();
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
    <div class={styles.results}>
      <div class={`${styles.printOnly} ${styles.printHeader}`}>
        <p class={styles.printTitle}>{t('exchange.printHeading')}</p>
        {props.personName && <p>{t('exchange.summaryFor', { name: props.personName })}</p>}
        <p>
          {t('results.answeredOn', { date })}{' '}
          {t('results.computedWith', { title: text(q.title), version: q.version, id: q.id })}
        </p>
      </div>
      <div class={styles.screenOnly}>
        <FocusHeading>{props.title ?? t('results.title')}</FocusHeading>
      </div>
      {props.intro && <p>{props.intro}</p>}
      <p class={styles.screenOnly}>{t('results.intro')}</p>
      {props.shortPath && <p>{t('results.shortPathNote')}</p>}

      <div class={styles.words}>
        <StrengthList questionnaire={q} strengths={strengths(q, profile)} />
        <PriorityList questionnaire={q} priorities={priorities(q, profile)} />
      </div>
      {toDiscover > 0 && <p>{t('results.toDiscover', { count: toDiscover })}</p>}

      <section class={styles.areas} aria-labelledby="areas-title">
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

      <div class={styles.screenOnly}>
        <DeclaredShownTable questionnaire={q} competencies={profile.competencies} />
      </div>

      {profile.notUnderstood.length > 0 && (
        <section class={styles.screenOnly} aria-labelledby="not-understood-title">
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

      <div class={styles.screenOnly}>
        <HowComputed />
      </div>

      <p class={`${styles.meta} ${styles.screenOnly}`}>
        {t('results.answeredOn', { date })}{' '}
        {t('results.computedWith', { title: text(q.title), version: q.version, id: q.id })}
      </p>

      {props.printedNotes && (
        <section class={styles.printOnly} aria-labelledby="printed-notes-title">
          <h2 id="printed-notes-title">{t('pro.notesTitle')}</h2>
          <p class={styles.notes}>{props.printedNotes}</p>
        </section>
      )}
      <p class={styles.printOnly}>{t('exchange.savedOnDevice')}</p>

      {props.children}
    </div>
  );
}
