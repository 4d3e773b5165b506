import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/context';
import { htmlLang } from '../../i18n/languages';
import { useDisplay } from '../displayContext';
import { readAloud, stopReading } from '../speech';
import { Button } from './Button';
import styles from './ReadAloudButton.module.css';

/**
 * A button that reads texts aloud with the device's voices, and stops them.
 * When the device has no voice for the language, it says so in plain words.
 */
export function ReadAloudButton(props: { label: string; texts: readonly string[] }) {
  const { t, language } = useTranslation();
  const { speechRate } = useDisplay();
  const [speaking, setSpeaking] = useState(false);
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => () => stopReading(), []);

  async function toggle() {
    if (speaking) {
      stopReading();
      setSpeaking(false);
      return;
    }
    const outcome = await readAloud(props.texts, htmlLang(language), speechRate, () =>
      setSpeaking(false),
    );
    setUnavailable(outcome === 'no-voice');
    setSpeaking(outcome === 'speaking');
  }

  return (
    <div class={styles.readAloud} data-print="hide">
      <Button variant="secondary" onClick={() => void toggle()}>
        <span aria-hidden="true" class={styles.icon}>
          {speaking ? '■' : '▶'}
        </span>
        {speaking ? t('speech.stop') : props.label}
      </Button>
      <p role="status" class={styles.message}>
        {unavailable ? t('speech.unavailable') : ''}
      </p>
    </div>
  );
}
