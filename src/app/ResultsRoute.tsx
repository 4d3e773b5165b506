import { useState } from 'preact/hooks';
import { questionsLeftAfterShort } from '../domain/path';
import { scoreProfile } from '../domain/scoring';
import { encodeSharedResults } from '../domain/shareLink';
import { useTranslation } from '../i18n/context';
import { continueWithCompletePath, getLatestFinishedAttempt } from '../storage/attempts';
import { eraseEverything } from '../storage/erase';
import { exportProfiles } from '../storage/exchange';
import { deleteProfiles, getProfile, saveNotes } from '../storage/profiles';
import { DEVICE_PROFILE } from '../storage/records';
import { Button } from '../ui/components/Button';
import { OwnResultsActions } from '../ui/components/OwnResultsActions';
import { downloadJson } from '../ui/download';
import { MessageScreen } from '../ui/screens/MessageScreen';
import { ResultsScreen } from '../ui/screens/ResultsScreen';
import { answerValues, loadAttempt, useLoadable } from './attempt';
import { LoadFailure } from './LoadFailure';
import { navigate, routeHash } from './routes';
import { useServices } from './services';
import { startAttempt } from './start';

/** Recomputes the latest results of the person from the stored answers, on their version. */
export function ResultsRoute(props: { onErased: () => void }) {
  const { db, profileId, professionalMode, setActiveProfile } = useServices();
  const { t } = useTranslation();
  const [printNotes, setPrintNotes] = useState(false);
  const loaded = useLoadable(async () => {
    const attempt = await getLatestFinishedAttempt(db, profileId);
    const person = await getProfile(db, profileId);
    return attempt ? { ...(await loadAttempt(db, attempt)), person } : null;
  }, profileId);

  if (loaded.status === 'loading') return <MessageScreen title={t('app.loading')} />;
  if (loaded.status === 'error') return <LoadFailure error={loaded.error} />;
  if (!loaded.value) {
    return (
      <MessageScreen title={t('results.title')} message={t('results.none')}>
        <Button onClick={() => navigate({ name: 'home' })}>{t('results.home')}</Button>
      </MessageScreen>
    );
  }

  const { attempt, questionnaire, answers, person } = loaded.value;
  const values = answerValues(answers);
  const profile = scoreProfile(questionnaire, values);
  const finished = new Date(attempt.finishedAt ?? attempt.updatedAt);
  const payload = encodeSharedResults(questionnaire, {
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    pathId: attempt.pathId,
    day: finished.toISOString().slice(0, 10).replaceAll('-', ''),
    answers: values,
  });
  const shareLink = `${location.origin}${location.pathname}${routeHash({ name: 'shared', payload })}`;
  const questionsLeft = questionsLeftAfterShort(questionnaire, attempt.pathId);
  const guided = professionalMode && person !== undefined;

  async function continueComplete() {
    await continueWithCompletePath(db, attempt.id);
    navigate({ name: 'question', number: questionnaire.paths.short.items.length + 1 });
  }

  async function erase() {
    // In a guided session, only this person's data goes; otherwise everything on the device.
    if (guided) {
      await deleteProfiles(db, [profileId]);
      setActiveProfile(DEVICE_PROFILE);
    } else {
      await eraseEverything(db);
    }
    props.onErased();
    navigate({ name: 'home' }, { replace: true });
  }

  async function exportFile() {
    const file = await exportProfiles(db, [profileId], {
      includeNotes: false,
      deviceName: t('app.name'),
    });
    downloadJson(`reperes-ia-resultats-${finished.toISOString().slice(0, 10)}.json`, file);
  }

  return (
    <ResultsScreen
      questionnaire={questionnaire}
      profile={profile}
      answeredAt={finished}
      shortPath={questionsLeft > 0}
      personName={guided ? person.name : undefined}
      printedNotes={guided && printNotes ? person.notes : undefined}
    >
      <OwnResultsActions
        questionsLeft={questionsLeft}
        shareLink={shareLink}
        professional={
          guided
            ? {
                name: person.name,
                notes: person.notes,
                onSaveNotes: (notes) => {
                  person.notes = notes;
                  void saveNotes(db, person.id, notes);
                },
                printNotes,
                onPrintNotesChange: setPrintNotes,
              }
            : undefined
        }
        onContinue={() => void continueComplete()}
        onExport={() => void exportFile()}
        onRestart={() => void startAttempt(db, attempt.pathId, profileId)}
        onHome={() => navigate({ name: 'home' })}
        onErase={() => void erase()}
      />
    </ResultsScreen>
  );
}
