import { useEffect, useRef, useState } from 'preact/hooks';
import { resumeIndex } from '../domain/path';
import type { AnswerValue } from '../domain/answers';
import { pickText } from '../domain/text';
import { useTranslation } from '../i18n/context';
import { markRevealed, saveAnswer } from '../storage/answers';
import type { AnswerRecord } from '../storage/records';
import { finishAttempt, getUnfinishedAttempt } from '../storage/attempts';
import { requestPersistentStorage } from '../storage/persistence';
import { Notice } from '../ui/components/Notice';
import { MessageScreen } from '../ui/screens/MessageScreen';
import { QuestionScreen } from '../ui/screens/QuestionScreen';
import { answerValues, loadAttempt, useLoadable, type LoadedAttempt } from './attempt';
import { LoadFailure } from './LoadFailure';
import { navigate } from './routes';
import { useServices } from './services';

/** Wires the question screen to the unfinished attempt stored on the device. */
export function QuestionRoute(props: { number: number }) {
  const { db, profileId, professionalMode } = useServices();
  const { t, language } = useTranslation();
  const loaded = useLoadable(async () => {
    const attempt = await getUnfinishedAttempt(db, profileId);
    return attempt ? loadAttempt(db, attempt) : null;
  }, profileId);
  const [current, setCurrent] = useState<LoadedAttempt | null>(null);
  const pendingWrite = useRef<Promise<void>>(Promise.resolve());
  const [writeFailure, setWriteFailure] = useState<'quota' | 'other' | null>(null);

  useEffect(() => {
    if (loaded.status === 'ready') setCurrent(loaded.value);
    if (loaded.status === 'ready' && !loaded.value) navigate({ name: 'home' }, { replace: true });
  }, [loaded]);

  // Nobody skips ahead by editing the address: go to the first unanswered question.
  const reachable = current
    ? Math.min(resumeIndex(current.items, answerValues(current.answers)) + 1, current.items.length)
    : 0;
  useEffect(() => {
    if (current && props.number > reachable) {
      navigate({ name: 'question', number: reachable }, { replace: true });
    }
  }, [current, props.number, reachable]);

  if (loaded.status === 'error') return <LoadFailure error={loaded.error} />;
  if (!current || props.number > reachable) return <MessageScreen title={t('app.loading')} />;

  const { attempt, questionnaire, items, answers } = current;
  const item = items[props.number - 1];
  if (!item) return <MessageScreen title={t('errors.notFound')} />;
  const area = questionnaire.areas.find((a) =>
    a.competencies.some((c) => c.id === item.competency),
  );
  const record = answers.get(item.id);

  /** Shows an answer on screen (or none), as stored or about to be. */
  function show(itemId: string, answer: AnswerRecord | undefined) {
    setCurrent((state) => {
      if (!state) return state;
      const next = new Map(state.answers);
      if (answer) next.set(itemId, answer);
      else next.delete(itemId);
      return { ...state, answers: next };
    });
  }

  const recordOf = (itemId: string, value: AnswerValue, revealedAt?: number): AnswerRecord => ({
    attemptId: attempt.id,
    itemId,
    value,
    answeredAt: Date.now(),
    revealedAt,
  });

  function onChoose(value: AnswerValue) {
    if (!item) return;
    const itemId = item.id;
    const stored = answers.get(itemId);
    show(itemId, recordOf(itemId, value));
    if (answers.size === 0) void requestPersistentStorage();
    pendingWrite.current = pendingWrite.current
      .then(() => saveAnswer(db, attempt.id, itemId, value))
      .then(
        () => setWriteFailure(null),
        (error: unknown) => {
          // The screen shows what is really stored: the person can choose again.
          show(itemId, stored);
          setWriteFailure(isQuotaError(error) ? 'quota' : 'other');
        },
      );
  }

  async function onReveal() {
    if (!item || !record) return;
    await pendingWrite.current;
    await markRevealed(db, attempt.id, item.id);
    show(item.id, recordOf(item.id, record.value, Date.now()));
  }

  async function onNext() {
    // The answer is in IndexedDB before the screen moves on.
    await pendingWrite.current;
    if (props.number < items.length) {
      navigate({ name: 'question', number: props.number + 1 });
      return;
    }
    await finishAttempt(db, attempt.id);
    navigate({ name: 'results' });
  }

  return (
    <>
      {writeFailure && (
        <Notice kind="alert">
          {t(writeFailure === 'quota' ? 'errors.quota' : 'errors.storage')}
        </Notice>
      )}
      <QuestionScreen
        questionnaire={questionnaire}
        item={item}
        number={props.number}
        total={items.length}
        areaTitle={area ? pickText(area.title, language) : ''}
        answer={record?.value}
        revealed={record?.revealedAt !== undefined}
        hint={professionalMode && item.hint ? pickText(item.hint, language) : undefined}
        onChoose={onChoose}
        onReveal={() => void onReveal()}
        onBack={() =>
          navigate(
            props.number === 1 ? { name: 'home' } : { name: 'question', number: props.number - 1 },
          )
        }
        onNext={() => void onNext()}
        onPause={() => navigate({ name: 'home' })}
      />
    </>
  );
}

/** A full disk, as the browser or Dexie reports it. */
function isQuotaError(error: unknown): boolean {
  const names = [error, (error as { inner?: unknown })?.inner].map(
    (e) => (e as { name?: string } | undefined)?.name,
  );
  return names.includes('QuotaExceededError');
}
