import type { ComponentType } from 'preact';
import { useTranslation } from '../i18n/context';
import { MessageScreen } from '../ui/screens/MessageScreen';
import { useLoadable } from './attempt';
import { LoadFailure } from './LoadFailure';

/**
 * A route whose code is fetched only when it is first shown (and precached for
 * offline use), so the first screen loads nothing but the home screen.
 */
export function lazyRoute<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  return function LazyRoute(props: P) {
    const { t } = useTranslation();
    const component = useLoadable(async () => (loaded ??= await load()), load);
    if (component.status === 'error') return <LoadFailure error={component.error} />;
    if (component.status === 'loading') return <MessageScreen title={t('app.loading')} />;
    const Route = component.value;
    return <Route {...props} />;
  };
}
