import { useTranslation } from '../../i18n/context';
import styles from './LanguageSwitch.module.css';

/** Opens and closes the display settings panel, from every screen. */
export function DisplayButton(props: { open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      class={styles.option}
      aria-expanded={props.open}
      aria-controls="display-panel"
      onClick={props.onToggle}
    >
      {t('display.button')}
    </button>
  );
}
