import { useTranslation } from '../../i18n/context';
import { FocusHeading } from '../components/FocusHeading';
import { LinkedText } from '../components/LinkedText';
import styles from './InfoPage.module.css';

const LISTS = [
  ['statusTitle', 'status'],
  ['testedTitle', 'tested'],
  ['issuesTitle', 'issues'],
  ['technologiesTitle', 'technologies'],
  ['environmentTitle', 'environment'],
  ['feedbackTitle', 'feedback'],
  ['remedyTitle', 'remedy'],
] as const;

/** "Accessibilité": the accessibility statement, in the form the RGAA asks for. */
export function AccessibilityScreen() {
  const { language, instance } = useTranslation();
  const t = instance.getFixedT(language, 'pages');
  return (
    <article class={styles.page}>
      <FocusHeading>{t('accessibility.title')}</FocusHeading>
      <p>{t('accessibility.intro')}</p>
      {LISTS.map(([title, body]) => {
        const content = t(`accessibility.${body}`, { returnObjects: true }) as string | string[];
        return (
          <section key={body} aria-labelledby={`a11y-${body}`}>
            <h2 id={`a11y-${body}`}>{t(`accessibility.${title}`)}</h2>
            {Array.isArray(content) ? (
              <ul>
                {content.map((line, i) => (
                  <li key={i}>
                    <LinkedText text={line} />
                  </li>
                ))}
              </ul>
            ) : (
              <p>
                <LinkedText text={content} />
              </p>
            )}
          </section>
        );
      })}
      <p>{t('accessibility.date')}</p>
    </article>
  );
}
