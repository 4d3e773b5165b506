import { useState } from 'preact/hooks';
import { DONT_KNOW, DONT_UNDERSTAND, type AnswerValue } from '../../domain/answers';
import type { Item, Questionnaire } from '../../domain/questionnaire';
import { isBestOption } from '../../domain/situations';
import { pickText } from '../../domain/text';
import { useTranslation } from '../../i18n/context';
import { AnswerList, type AnswerChoice } from '../components/AnswerList';
import { Button, ButtonRow } from '../components/Button';
import { FocusHeading } from '../components/FocusHeading';
import { ReadAloudButton } from '../components/ReadAloudButton';
import styles from './QuestionScreen.module.css';

/** One question of a path, with what was already answered for it. */
export interface QuestionScreenProps {
  questionnaire: Questionnaire;
  item: Item;
  number: number;
  total: number;
  areaTitle: string;
  answer?: AnswerValue;
  /** True once the explanation of a situation was shown: the answer is then final. */
  revealed: boolean;
  /** The hint for the accompanying professional, given only in guided sessions. */
  hint?: string;
  onChoose: (value: AnswerValue) => void;
  onReveal: () => void;
  onBack: () => void;
  onNext: () => void;
  onPause: () => void;
}

/** One question per screen, large answer rows, progress, back, next and pause. */
export function QuestionScreen(props: QuestionScreenProps) {
  const { t, language } = useTranslation();
  const [needsAnswer, setNeedsAnswer] = useState(false);
  const { item, questionnaire: q } = props;
  const text = (value: Parameters<typeof pickText>[0]) => pickText(value, language);
  const isSituation = item.kind === 'situation';
  const isLast = props.number === props.total;

  const choices: AnswerChoice[] =
    item.kind === 'self'
      ? [
          ...q.selfScale.map((o) => ({ value: o.id, label: text(o.label) })),
          { value: DONT_UNDERSTAND, label: text(q.specialAnswers.dontUnderstand), special: true },
        ]
      : [
          ...item.options.map((o) => ({
            value: o.id,
            label: text(o.label),
            tag: props.revealed
              ? revealTag(o.id === props.answer, isBestOption(item, o))
              : undefined,
          })),
          {
            value: DONT_KNOW,
            label: text(q.specialAnswers.dontKnow),
            special: true,
            tag:
              props.revealed && props.answer === DONT_KNOW ? t('question.yourAnswer') : undefined,
          },
        ];

  function revealTag(chosen: boolean, correct: boolean): string | undefined {
    if (correct) return t('question.answerToRemember');
    return chosen ? t('question.yourAnswer') : undefined;
  }

  function onPrimary() {
    if (props.answer === undefined) {
      setNeedsAnswer(true);
      return;
    }
    if (isSituation && !props.revealed) props.onReveal();
    else props.onNext();
  }

  const primaryLabel =
    isSituation && !props.revealed
      ? t('question.check')
      : isLast
        ? t('question.finish')
        : t('question.next');

  return (
    <>
      <p class={styles.progress} aria-live="polite">
        {t('question.progress', { current: props.number, total: props.total })}
      </p>
      <p class={styles.area}>{t('question.area', { area: props.areaTitle })}</p>
      {isSituation && <p class={styles.kind}>{t('question.situation')}</p>}
      <ReadAloudButton
        label={t('speech.listenQuestion')}
        texts={[
          ...(isSituation ? [] : [t('question.selfLead')]),
          text(item.prompt),
          ...choices.map((c) => c.label),
          ...(item.kind === 'situation' && props.revealed ? [text(item.explanation)] : []),
        ]}
      />
      <AnswerList
        name={item.id}
        legend={
          <FocusHeading focusKey={item.id}>
            {!isSituation && <span class={styles.lead}>{t('question.selfLead')}</span>}{' '}
            {text(item.prompt)}
          </FocusHeading>
        }
        choices={choices}
        selected={props.answer}
        locked={props.revealed}
        onChoose={(value) => {
          setNeedsAnswer(false);
          props.onChoose(value);
        }}
      />
      {props.hint && (
        <details class={styles.hint}>
          <summary>{t('question.hintTitle')}</summary>
          <p>{props.hint}</p>
        </details>
      )}
      <div aria-live="polite">
        {needsAnswer && props.answer === undefined && (
          <p class={styles.message}>{t('question.chooseFirst')}</p>
        )}
        {item.kind === 'situation' && props.revealed && (
          <section class={styles.explanation} aria-labelledby="explanation-title">
            <h2 id="explanation-title">{t('question.explanationTitle')}</h2>
            <p>{text(item.explanation)}</p>
          </section>
        )}
      </div>
      <ButtonRow>
        <Button onClick={onPrimary}>{primaryLabel}</Button>
        <Button variant="secondary" onClick={props.onBack}>
          {props.number === 1 ? t('question.backHome') : t('question.back')}
        </Button>
      </ButtonRow>
      <div class={styles.pause}>
        <p>{t('question.pauseHelp')}</p>
        <Button variant="secondary" onClick={props.onPause}>
          {t('question.pause')}
        </Button>
      </div>
    </>
  );
}
