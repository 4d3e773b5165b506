import { useEffect, useId, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/context';
import { Button } from './Button';
import form from './Form.module.css';
import styles from './SharePanel.module.css';

/**
 * The link to a person's results as text to copy and as a QR code. The QR
 * library is loaded only here, when someone asks to share.
 */
export function SharePanel(props: { link: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [qr, setQr] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let live = true;
    void import('qrcode-generator').then(({ default: qrcode }) => {
      const code = qrcode(0, 'M');
      code.addData(props.link);
      code.make();
      if (live) setQr(code.createDataURL(6, 4));
    });
    return () => {
      live = false;
    };
  }, [props.link]);

  async function copy(input: HTMLInputElement | null) {
    try {
      await navigator.clipboard.writeText(props.link);
    } catch {
      input?.select();
      document.execCommand?.('copy');
    }
    setCopied(true);
  }

  return (
    <section class={styles.share} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('exchange.share')}</h2>
      <p>{t('exchange.shareHelp')}</p>
      <label for={id} class={form.label}>
        {t('exchange.linkLabel')}
      </label>
      <input id={id} class={form.field} type="text" readOnly value={props.link} />
      <Button
        variant="secondary"
        onClick={() => void copy(document.getElementById(id) as HTMLInputElement | null)}
      >
        {t('exchange.copy')}
      </Button>
      <p role="status">{copied ? t('exchange.copied') : ''}</p>
      {qr && <img class={styles.qr} src={qr} alt={t('exchange.qrAlt')} />}
    </section>
  );
}
