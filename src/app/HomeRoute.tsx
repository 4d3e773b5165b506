import { catalogue } from 'virtual:questionnaire-catalogue';
import { useTranslation } from '../i18n/context';
import type { Language } from '../i18n/languages';
import { getAnswers } from '../storage/answers';
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
  const { db } = useServices();
  const { t, language } = useTranslation();
  const stored = useLoadable(async () => {
    const [unfinished, finished] = await Promise.all([
      getUnfinishedAttempt(db),
      getLatestFinishedAttempt(db),
    ]);
    if (!unfinished) return { unfinished: undefined, hasResults: finished !== undefined };
    const answered = (await getAnswers(db, unfinished.id)).size;
    const version = catalogue.find(
      (q) => q.id === unfinished.questionnaireId && q.version === unfinished.questionnaireVersion,
    );
    const total = version?.paths[unfinished.pathId].items ?? answered + 1;
    return {
      unfinished: { current: Math.min(answered + 1, total), total },
      hasResults: finished !== undefined,
    };
  }, db);

  if (!summary)
    return <MessageScreen title={t('errors.title')} message={t('errors.questionnaire')} />;
  if (stored.status === 'error') return <LoadFailure error={stored.error} />;
  const state =
    stored.status === 'ready' ? stored.value : { unfinished: undefined, hasResults: false };

  return (
    <HomeScreen
      paths={summary.paths}
      unfinished={state.unfinished}
      hasResults={state.hasResults}
      notice={props.erased ? t('home.erased') : undefined}
      easyRead={language === 'en' ? null : language === 'fr-x-falc'}
      onEasyReadChange={(on) => props.onLanguage(on ? 'fr-x-falc' : 'fr')}
      onStart={(pathId) => void startAttempt(db, pathId)}
      onResume={() => navigate({ name: 'question', number: state.unfinished?.current ?? 1 })}
      onShowResults={() => navigate({ name: 'results' })}
    />
  );
}
