import type { i18n } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import type { DisplaySettings } from '../domain/display';
import { TranslationProvider, useTranslation } from '../i18n/context';
import { setLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { onUpdateReady } from '../pwa/register';
import type { ReperesDb } from '../storage/db';
import { DEVICE_PROFILE } from '../storage/records';
import type { StorageMode } from '../storage/open';
import { setSetting } from '../storage/settings';
import { Button } from '../ui/components/Button';
import { Notice } from '../ui/components/Notice';
import { DisplayButton } from '../ui/components/DisplayButton';
import { DisplayPanel } from '../ui/components/DisplayPanel';
import { LanguageSwitch } from '../ui/components/LanguageSwitch';
import { Layout } from '../ui/components/Layout';
import { UpdateBanner } from '../ui/components/UpdateBanner';
import { applyDisplay } from '../ui/display';
import { DisplayProvider } from '../ui/displayContext';
import { MessageScreen } from '../ui/screens/MessageScreen';
import { ErrorBoundary } from './ErrorBoundary';
import { HomeRoute } from './HomeRoute';
import { PageRoute } from './PageRoute';
import { ProfilesRoute } from './ProfilesRoute';
import { SharedRoute } from './SharedRoute';
import { QuestionRoute } from './QuestionRoute';
import { ResultsRoute } from './ResultsRoute';
import { navigate, useRoute, type Route } from './routes';
import { ServicesProvider } from './services';

/** The shell: language, display settings, update offer, and the screen of the current route. */
export function App(props: {
  db: ReperesDb;
  translator: i18n;
  initialLanguage: Language;
  initialDisplay: DisplaySettings;
  initialProfessionalMode: boolean;
  initialProfile: string;
  storageMode: StorageMode;
}) {
  const [language, setCurrentLanguage] = useState(props.initialLanguage);
  const [professionalMode, setProfessionalModeState] = useState(props.initialProfessionalMode);
  const [profileId, setProfileId] = useState(props.initialProfile);
  const [display, setDisplay] = useState(props.initialDisplay);
  const [panelOpen, setPanelOpen] = useState(false);
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);
  const [erased, setErased] = useState(false);
  const route = useRoute();

  useEffect(() => onUpdateReady((apply) => setApplyUpdate(() => apply)), []);
  useEffect(() => {
    if (route.name !== 'home') setErased(false);
  }, [route.name]);

  async function changeLanguage(next: Language) {
    await setLanguage(props.translator, next);
    setCurrentLanguage(next);
    await setSetting(props.db, 'language', next).catch(() => undefined);
  }

  function changeDisplay(next: DisplaySettings) {
    applyDisplay(next);
    setDisplay(next);
    void setSetting(props.db, 'display', next).catch(() => undefined);
  }

  function setProfessionalMode(on: boolean) {
    setProfessionalModeState(on);
    void setSetting(props.db, 'professionalMode', on).catch(() => undefined);
    if (!on) setActiveProfile(DEVICE_PROFILE);
  }

  function setActiveProfile(id: string) {
    setProfileId(id);
    void setSetting(props.db, 'activeProfile', id).catch(() => undefined);
  }

  // An update is never offered in the middle of a questionnaire.
  const offerUpdate = applyUpdate !== null && route.name !== 'question';

  return (
    <ServicesProvider
      services={{
        db: props.db,
        profileId,
        professionalMode,
        setProfessionalMode,
        setActiveProfile,
      }}
    >
      <TranslationProvider instance={props.translator} language={language}>
        <DisplayProvider value={display}>
          {props.storageMode === 'memory' && <StorageBanner />}
          {offerUpdate && (
            <UpdateBanner onApply={applyUpdate} onDismiss={() => setApplyUpdate(null)} />
          )}
          <Layout
            headerEnd={
              <>
                <LanguageSwitch onChange={(next) => void changeLanguage(next)} />
                <DisplayButton open={panelOpen} onToggle={() => setPanelOpen(!panelOpen)} />
              </>
            }
            panel={
              panelOpen && (
                <DisplayPanel
                  settings={display}
                  onChange={changeDisplay}
                  onClose={() => setPanelOpen(false)}
                />
              )
            }
          >
            <ErrorBoundary>
              <Screen
                route={route}
                erased={erased}
                onErased={() => setErased(true)}
                onLanguage={(next) => void changeLanguage(next)}
              />
            </ErrorBoundary>
          </Layout>
        </DisplayProvider>
      </TranslationProvider>
    </ServicesProvider>
  );
}

function Screen(props: {
  route: Route;
  erased: boolean;
  onErased: () => void;
  onLanguage: (language: Language) => void;
}) {
  const { route } = props;
  switch (route.name) {
    case 'home':
      return <HomeRoute erased={props.erased} onLanguage={props.onLanguage} />;
    case 'question':
      return <QuestionRoute number={route.number} />;
    case 'results':
      return <ResultsRoute onErased={props.onErased} />;
    case 'accessibility':
    case 'privacy':
      return <PageRoute page={route.name} onErased={props.onErased} />;
    case 'profiles':
      return <ProfilesRoute />;
    case 'shared':
      return <SharedRoute payload={route.payload} />;
    default:
      return <NotFound />;
  }
}

/** Said on every screen when answers live only in memory. */
function StorageBanner() {
  const { t } = useTranslation();
  return (
    <div data-print="hide">
      <Notice kind="alert">{t('errors.memoryMode')}</Notice>
    </div>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <MessageScreen title={t('errors.notFound')}>
      <Button onClick={() => navigate({ name: 'home' })}>{t('results.home')}</Button>
    </MessageScreen>
  );
}
