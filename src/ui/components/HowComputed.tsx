import { useTranslation } from '../../i18n/context';
import styles from './HowComputed.module.css';

const RULES = [
  'results.howDeclared',
  'results.howShown',
  'results.howKept',
  'results.howOnlyOne',
  'results.howMissing',
  'results.howArea',
  'results.howDontKnow',
  'results.howNotUnderstood',
] as const;

/** "Comment ce résultat est calculé": every scoring rule, one sentence each. */
export function HowComputed() {
  const { t } = useTranslation();
  return (
    <details class={styles.how}>
      <summary>{t('results.howTitle')}</summary>
      <ul>
        {RULES.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </details>
  );
}
