import type { ComponentChildren } from 'preact';
import { useTranslation } from '../../i18n/context';
import styles from './Layout.module.css';

/**
 * The frame of every screen: skip link, header (language, display settings),
 * an optional panel under it, the main content, and a footer that links the
 * accessibility statement and the personal-data page from everywhere.
 */
export function Layout(props: {
  headerEnd: ComponentChildren;
  panel?: ComponentChildren;
  children: ComponentChildren;
}) {
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
        <div class={styles.tools}>{props.headerEnd}</div>
      </header>
      {props.panel}
      <main id="main" class={styles.main} tabIndex={-1}>
        {props.children}
      </main>
      <footer class={styles.footer}>
        <nav aria-label={t('nav.label')}>
          <ul class={styles.links}>
            <li>
              <a href="#/accessibilite">{t('nav.accessibility')}</a>
            </li>
            <li>
              <a href="#/donnees-personnelles">{t('nav.privacy')}</a>
            </li>
          </ul>
        </nav>
        <p>{t('app.tagline')}</p>
      </footer>
    </>
  );
}
