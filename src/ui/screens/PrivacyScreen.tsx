import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/context';
import { Button } from '../components/Button';
import { ConfirmBox } from '../components/ConfirmBox';
import { FocusHeading } from '../components/FocusHeading';
import { LinkedText } from '../components/LinkedText';
import { Notice } from '../components/Notice';
import styles from './InfoPage.module.css';

const SECTIONS = [
  ['whatTitle', 'what'],
  ['whereTitle', 'where'],
  ['howLongTitle', 'howLong'],
  ['deleteTitle', 'delete'],
  ['neverTitle', 'never'],
] as const;

/** "Données personnelles": what is stored, where, for how long, and how to delete it all. */
export function PrivacyScreen(props: { onErase: () => Promise<void> }) {
  const { language, instance } = useTranslation();
  const t = instance.getFixedT(language, 'pages');
  const [confirming, setConfirming] = useState(false);
  const [erased, setErased] = useState(false);
  return (
    <article class={styles.page}>
      <FocusHeading>{t('privacy.title')}</FocusHeading>
      <p>{t('privacy.intro')}</p>
      {SECTIONS.map(([title, body]) => (
        <section key={body} aria-labelledby={`privacy-${body}`}>
          <h2 id={`privacy-${body}`}>{t(`privacy.${title}`)}</h2>
          <ul>
            {(t(`privacy.${body}`, { returnObjects: true }) as string[]).map((line, i) => (
              <li key={i}>
                <LinkedText text={line} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {erased && <Notice kind="status">{t('privacy.erased')}</Notice>}
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t('privacy.eraseButton')}
      </Button>
      {confirming && (
        <ConfirmBox
          question={t('privacy.eraseConfirm')}
          confirmLabel={t('privacy.eraseYes')}
          cancelLabel={t('privacy.eraseNo')}
          onConfirm={() => {
            setConfirming(false);
            void props.onErase().then(() => setErased(true));
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </article>
  );
}
