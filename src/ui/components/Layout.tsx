import type { ComponentChildren } from 'preact';
import { useTranslation } from '../../i18n/context';
import styles from './Layout.module.css';

/** The frame of every screen: skip link, header with the language switch, main, footer. */
export function Layout(props: { headerEnd: ComponentChildren; children: ComponentChildren }) {
  const { t } = useTranslation();
  return (
    <>
      <a class={styles.skipLink} href="#main">
        {t('app.skipLink')}
      </a>
      <header class={styles.header}>
        <a class={styles.brand} href="#/">
          <img src="/favicon.svg" alt="" width={32} height={32} />
          {t('app.name')}
        </a>
        {props.headerEnd}
      </header>
      <main id="main" class={styles.main} tabIndex={-1}>
        {props.children}
      </main>
      <footer class={styles.footer}>
        <p>{t('app.tagline')}</p>
      </footer>
    </>
  );
}
