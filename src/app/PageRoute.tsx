import { useTranslation } from '../i18n/context';
import { loadNamespace } from '../i18n/i18n';
import { eraseEverything } from '../storage/erase';
import { AccessibilityScreen } from '../ui/screens/AccessibilityScreen';
import { MessageScreen } from '../ui/screens/MessageScreen';
import { PrivacyScreen } from '../ui/screens/PrivacyScreen';
import { useLoadable } from './attempt';
import { LoadFailure } from './LoadFailure';
import { useServices } from './services';

/** The information pages, whose long texts are loaded only when opened. */
export function PageRoute(props: { page: 'accessibility' | 'privacy'; onErased: () => void }) {
  const { db } = useServices();
  const { t, language, instance } = useTranslation();
  const loaded = useLoadable(() => loadNamespace(instance, language, 'pages'), language);
  if (loaded.status === 'loading') return <MessageScreen title={t('app.loading')} />;
  if (loaded.status === 'error') return <LoadFailure error={loaded.error} />;
  if (props.page === 'accessibility') return <AccessibilityScreen />;
  return (
    <PrivacyScreen
      onErase={async () => {
        await eraseEverything(db);
        props.onErased();
      }}
    />
  );
}
