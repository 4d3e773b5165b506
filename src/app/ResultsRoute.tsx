import { scoreProfile } from '../domain/scoring';
import { useTranslation } from '../i18n/context';
import { questionsLeftAfterShort } from '../domain/path';
import { continueWithCompletePath, getLatestFinishedAttempt } from '../storage/attempts';
import { eraseEverything } from '../storage/erase';
import { Button } from '../ui/components/Button';
import { MessageScreen } from '../ui/screens/MessageScreen';
import { ResultsScreen } from '../ui/screens/ResultsScreen';
import { answerValues, loadAttempt, useLoadable } from './attempt';
import { LoadFailure } from './LoadFailure';
import { navigate } from './routes';
import { useServices } from './services';
import { startAttempt } from './start';

/** Recomputes the latest results from the stored answers, on the version they were given on. */
export function ResultsRoute(props: { onErased: () => void }) {
  const { db } = useServices();
  const { t } = useTranslation();
  const loaded = useLoadable(async () => {
    const attempt = await getLatestFinishedAttempt(db);
    return attempt ? loadAttempt(db, attempt) : null;
  }, db);

  if (loaded.status === 'loading') return <MessageScreen title={t('app.loading')} />;
  if (loaded.status === 'error') return <LoadFailure error={loaded.error} />;
  if (!loaded.value) {
    return (
      <MessageScreen title={t('results.title')} message={t('results.none')}>
        <Button onClick={() => navigate({ name: 'home' })}>{t('results.home')}</Button>
      </MessageScreen>
    );
  }

  const { attempt, questionnaire, answers } = loaded.value;
  const profile = scoreProfile(questionnaire, answerValues(answers));

  async function continueComplete() {
    await continueWithCompletePath(db, attempt.id);
    navigate({ name: 'question', number: questionnaire.paths.short.items.length + 1 });
  }

  async function erase() {
    await eraseEverything(db);
    props.onErased();
    navigate({ name: 'home' }, { replace: true });
  }

  return (
    <ResultsScreen
      questionnaire={questionnaire}
      profile={profile}
      answeredAt={new Date(attempt.finishedAt ?? attempt.updatedAt)}
      questionsLeft={questionsLeftAfterShort(questionnaire, attempt.pathId)}
      onContinue={() => void continueComplete()}
      onRestart={() => void startAttempt(db, attempt.pathId)}
      onHome={() => navigate({ name: 'home' })}
      onErase={() => void erase()}
    />
  );
}
