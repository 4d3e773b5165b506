import { useTranslation } from '../../i18n/context';
import styles from './EasyReadSwitch.module.css';

/** One switch for the easy-to-read French of every text, offered on the home screen. */
export function EasyReadSwitch(props: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <div class={styles.easyRead}>
      <button
        type="button"
        role="switch"
        class={styles.switch}
        aria-checked={props.on}
        aria-describedby="easy-read-help"
        onClick={() => props.onChange(!props.on)}
      >
        <span class={styles.track} aria-hidden="true">
          <span class={styles.thumb} />
        </span>
        {t('home.easyRead')}
      </button>
      <p id="easy-read-help" class={styles.help}>
        {t('home.easyReadHelp')}
      </p>
    </div>
  );
}
