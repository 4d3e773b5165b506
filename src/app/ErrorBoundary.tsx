import { Component, type ComponentChildren } from 'preact';
import { useTranslation } from '../i18n/context';
import { Button } from '../ui/components/Button';
import { MessageScreen } from '../ui/screens/MessageScreen';

/** Catches a rendering error so the person sees a way out instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, { error?: unknown }> {
  override state: { error?: unknown } = {};

  override componentDidCatch(error: unknown) {
    console.error(error);
    this.setState({ error });
  }

  override render() {
    return this.state.error !== undefined ? <Crashed /> : this.props.children;
  }
}

function Crashed() {
  const { t } = useTranslation();
  return (
    <MessageScreen title={t('errors.title')} message={t('errors.generic')}>
      <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
    </MessageScreen>
  );
}
