import { catalogue } from 'virtual:questionnaire-catalogue';
import { useTranslation } from '../i18n/context';
import type { Language } from '../i18n/languages';
import { useEffect, useState } from 'preact/hooks';
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
import { useOptionalServices, type Services } from './services';
import { currentQuestionnaire as summary, startAttempt } from './start';

/** Wires the home screen to what is stored: resume an attempt, see results, or start. */
export function HomeRoute(props: { erased: boolean; onLanguage: (language: Language) => void }) {
  // The database opens beside the first paint: until then, the home screen offers to start.
  const services = useOptionalServices();
  const { t, language } = useTranslation();
  const [refused, setRefused] = useState<string>();
  // A tap before the database is open (a few milliseconds after the first paint) is kept,
  // and carried out as soon as it is open.
  const [queued, setQueued] = useState<((ready: Services) => void)[]>([]);
  const whenReady = (action: (ready: Services) => void) =>
    services ? action(services) : setQueued((list) => [...list, action]);
  useEffect(() => {
    if (!services || queued.length === 0) return;
    setQueued([]);
    queued.forEach((action) => action(services));
  }, [services, queued]);
  const stored = useLoadable(
    async () => {
      if (!services) return { unfinished: undefined, hasResults: false, person: undefined };
      const { db, profileId } = services;
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
    },
    services && `${services.profileId}`,
  );

  if (!summary)
    return <MessageScreen title={t('errors.title')} message={t('errors.questionnaire')} />;
  const professionalMode = services?.professionalMode ?? false;
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
      onProfessionalChange={(on) =>
        whenReady((services) => {
          services.setProfessionalMode(on);
          if (on) navigate({ name: 'profiles' });
        })
      }
      onChoosePerson={() => navigate({ name: 'profiles' })}
      onImport={(file) =>
        whenReady(
          (services) =>
            void importResultsFile(services.db, file, t).then((outcome) => {
              flash(outcome.message);
              if (outcome.ok) {
                services.setProfessionalMode(true);
                const first = outcome.profileIds[0];
                if (first) services.setActiveProfile(first);
              }
              navigate({ name: outcome.ok ? 'profiles' : 'home' });
              if (!outcome.ok) setRefused(outcome.message);
            }),
        )
      }
      onStart={(pathId) =>
        whenReady(async ({ db, profileId, professionalMode: guided }) => {
          // In a guided session, answers always belong to a chosen person.
          if (guided && !(await getProfile(db, profileId))) navigate({ name: 'profiles' });
          else await startAttempt(db, pathId, profileId);
        })
      }
      onResume={() => navigate({ name: 'question', number: state.unfinished?.current ?? 1 })}
      onShowResults={() => navigate({ name: 'results' })}
    />
  );
}
