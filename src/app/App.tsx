import type { i18n } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import type { DisplaySettings } from '../domain/display';
import { TranslationProvider, useTranslation } from '../i18n/context';
import { setLanguage } from '../i18n/i18n';
import { toLanguage, type Language } from '../i18n/languages';
import { onUpdateReady } from '../pwa/register';
import { DEVICE_PROFILE } from '../storage/records';
import { setSetting, type SettingKey, type SettingValue } from '../storage/settings';
import { Button } from '../ui/components/Button';
import { Notice } from '../ui/components/Notice';
import { DisplayButton } from '../ui/components/DisplayButton';
import { DisplayPanel } from '../ui/components/DisplayPanel';
import { LanguageSwitch } from '../ui/components/LanguageSwitch';
import { Layout } from '../ui/components/Layout';
import { UpdateBanner } from '../ui/components/UpdateBanner';
import { applyDisplay } from '../ui/display';
import { clearMirror, writeMirror } from '../ui/preferenceMirror';
import { DisplayProvider } from '../ui/displayContext';
import { MessageScreen } from '../ui/screens/MessageScreen';
import { ErrorBoundary } from './ErrorBoundary';
import type { BootedStorage } from './storageBoot';
import { HomeRoute } from './HomeRoute';
import { lazyRoute } from './lazyRoute';
import { navigate, useRoute, type Route } from './routes';
import { ServicesProvider } from './services';

const QuestionRoute = lazyRoute(() => import('./QuestionRoute').then((m) => m.QuestionRoute));
const ResultsRoute = lazyRoute(() => import('./ResultsRoute').then((m) => m.ResultsRoute));
const SharedRoute = lazyRoute(() => import('./SharedRoute').then((m) => m.SharedRoute));
const ProfilesRoute = lazyRoute(() => import('./ProfilesRoute').then((m) => m.ProfilesRoute));
const PageRoute = lazyRoute(() => import('./PageRoute').then((m) => m.PageRoute));

/** The shell: language, display settings, update offer, and the screen of the current route. */
export function App(props: {
  translator: i18n;
  initialLanguage: Language;
  initialDisplay: DisplaySettings;
  /** The database, opened beside the first screen. */
  storage: Promise<BootedStorage>;
}) {
  const [language, setCurrentLanguage] = useState(props.initialLanguage);
  const [storage, setStorage] = useState<BootedStorage | null>(null);
  const [professionalMode, setProfessionalModeState] = useState(false);
  const [profileId, setProfileId] = useState(DEVICE_PROFILE);
  const [display, setDisplay] = useState(props.initialDisplay);
  const [panelOpen, setPanelOpen] = useState(false);
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);
  const [erased, setErased] = useState(false);
  const route = useRoute();

  useEffect(() => onUpdateReady((apply) => setApplyUpdate(() => apply)), []);
  useEffect(() => {
    void props.storage.then(async (booted) => {
      // The database is the source of the settings; the mirror only paints the first screen.
      setProfessionalModeState(booted.professionalMode);
      setProfileId(booted.profile);
      setStorage(booted);
      const stored = toLanguage(booted.language);
      if (stored && stored !== props.initialLanguage) {
        await setLanguage(props.translator, stored);
        setCurrentLanguage(stored);
      }
      if (JSON.stringify(booted.display) !== JSON.stringify(props.initialDisplay)) {
        applyDisplay(booted.display);
        setDisplay(booted.display);
      }
      writeMirror({ language: stored ?? props.initialLanguage, display: booted.display });
    });
  }, []);
  useEffect(() => {
    if (route.name !== 'home') setErased(false);
  }, [route.name]);

  async function save<K extends SettingKey>(key: K, value: SettingValue<K>) {
    if (storage) await setSetting(storage.db, key, value).catch(() => undefined);
  }

  async function changeLanguage(next: Language) {
    await setLanguage(props.translator, next);
    setCurrentLanguage(next);
    writeMirror({ language: next });
    await save('language', next);
  }

  function changeDisplay(next: DisplaySettings) {
    applyDisplay(next);
    setDisplay(next);
    writeMirror({ display: next });
    void save('display', next);
  }

  function setProfessionalMode(on: boolean) {
    setProfessionalModeState(on);
    void save('professionalMode', on);
    if (!on) setActiveProfile(DEVICE_PROFILE);
  }

  function setActiveProfile(id: string) {
    setProfileId(id);
    void save('activeProfile', id);
  }

  // An update is never offered in the middle of a questionnaire.
  const offerUpdate = applyUpdate !== null && route.name !== 'question';

  return (
    <ServicesProvider
      services={
        storage && {
          db: storage.db,
          profileId,
          professionalMode,
          setProfessionalMode,
          setActiveProfile,
        }
      }
    >
      <TranslationProvider instance={props.translator} language={language}>
        <DisplayProvider value={display}>
          {storage?.mode === 'memory' && <StorageBanner />}
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
                ready={storage !== null}
                onErased={() => {
                  clearMirror();
                  setErased(true);
                }}
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
  ready: boolean;
  erased: boolean;
  onErased: () => void;
  onLanguage: (language: Language) => void;
}) {
  const { route } = props;
  if (!props.ready && route.name !== 'home') return <Loading />;
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

function Loading() {
  const { t } = useTranslation();
  return <MessageScreen title={t('app.loading')} />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <MessageScreen title={t('errors.notFound')}>
      <Button onClick={() => navigate({ name: 'home' })}>{t('results.home')}</Button>
    </MessageScreen>
  );
}
