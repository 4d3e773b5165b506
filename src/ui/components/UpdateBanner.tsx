import { useTranslation } from '../../i18n/context';
import { Button, ButtonRow } from './Button';
import styles from './UpdateBanner.module.css';

/** Offers a new version of the app; it is only shown between questionnaires, never during one. */
export function UpdateBanner(props: { onApply: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <section class={styles.banner} role="status" aria-live="polite">
      <p>{t('update.available')}</p>
      <ButtonRow>
        <Button onClick={props.onApply}>{t('update.apply')}</Button>
        <Button variant="secondary" onClick={props.onDismiss}>
          {t('update.later')}
        </Button>
      </ButtonRow>
    </section>
  );
}
