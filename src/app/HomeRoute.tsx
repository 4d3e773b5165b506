import { catalogue } from 'virtual:questionnaire-catalogue';
import { useTranslation } from '../i18n/context';
import type { Language } from '../i18n/languages';
import { useState } from 'preact/hooks';
import { getAnswers } from '../storage/answers';
import { getProfile } from '../storage/profiles';
import { flash } from './flash';
import { importResultsFile } from './importFile';
import { getLatestFinishedAttempt, getUnfinishedAttempt } from '../storage/attempts';
import { HomeScreen } from '../ui/screens/HomeScreen';
import { MessageScreen } from '../ui/screens/MessageScreen';
import { useLoadable } from './attempt';
import { LoadFailure } from './LoadFailure';
import { navigate } from './routes';
import { useServices } from './services';
import { currentQuestionnaire as summary, startAttempt } from './start';

/** Wires the home screen to what is stored: resume an attempt, see results, or start. */
export function HomeRoute(props: { erased: boolean; onLanguage: (language: Language) => void }) {
  const { db, profileId, professionalMode, setProfessionalMode, setActiveProfile } = useServices();
  const { t, language } = useTranslation();
  const [refused, setRefused] = useState<string>();
  const stored = useLoadable(async () => {
    const [unfinished, finished] = await Promise.all([
      getUnfinishedAttempt(db, profileId),
      getLatestFinishedAttempt(db, profileId),
    ]);
    const person = (await getProfile(db, profileId))?.name;
    if (!unfinished) return { unfinished: undefined, hasResults: finished !== undefined, person };
    const answered = (await getAnswers(db, unfinished.id)).size;
    const version = catalogue.find(
      (q) => q.id === unfinished.questionnaireId && q.version === unfinished.questionnaireVersion,
    );
    const total = version?.paths[unfinished.pathId].items ?? answered + 1;
    return {
      unfinished: { current: Math.min(answered + 1, total), total },
      hasResults: finished !== undefined,
      person,
    };
  }, profileId);

  if (!summary)
    return <MessageScreen title={t('errors.title')} message={t('errors.questionnaire')} />;
  if (stored.status === 'error') return <LoadFailure error={stored.error} />;
  const state =
    stored.status === 'ready'
      ? stored.value
      : { unfinished: undefined, hasResults: false, person: undefined };

  return (
    <HomeScreen
      paths={summary.paths}
      unfinished={state.unfinished}
      hasResults={state.hasResults}
      notice={refused ?? (props.erased ? t('home.erased') : undefined)}
      easyRead={language === 'en' ? null : language === 'fr-x-falc'}
      onEasyReadChange={(on) => props.onLanguage(on ? 'fr-x-falc' : 'fr')}
      professional={{ on: professionalMode, personName: state.person }}
      onProfessionalChange={(on) => {
        setProfessionalMode(on);
        if (on) navigate({ name: 'profiles' });
      }}
      onChoosePerson={() => navigate({ name: 'profiles' })}
      onImport={(file) =>
        void importResultsFile(db, file, t).then((outcome) => {
          flash(outcome.message);
          if (outcome.ok) {
            setProfessionalMode(true);
            const first = outcome.profileIds[0];
            if (first) setActiveProfile(first);
          }
          navigate({ name: outcome.ok ? 'profiles' : 'home' });
          if (!outcome.ok) setRefused(outcome.message);
        })
      }
      onStart={(pathId) => {
        // In a guided session, answers always belong to a chosen person.
        if (professionalMode && state.person === undefined) navigate({ name: 'profiles' });
        else void startAttempt(db, pathId, profileId);
      }}
      onResume={() => navigate({ name: 'question', number: state.unfinished?.current ?? 1 })}
      onShowResults={() => navigate({ name: 'results' })}
    />
  );
}
