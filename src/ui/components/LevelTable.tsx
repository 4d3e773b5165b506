import { useTranslation } from '../../i18n/context';
import styles from './LevelTable.module.css';

/** One row of the results table. */
export interface LevelRow {
  area: string;
  /** The level in words, or "Pas encore évalué". */
  level: string;
  scoredAnswers: number;
}

/** The results as a real data table: the same figures as the words and the chart. */
export function LevelTable(props: { rows: readonly LevelRow[] }) {
  const { t } = useTranslation();
  return (
    <div class={styles.wrapper}>
      <table class={styles.table}>
        <caption>{t('results.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.colArea')}</th>
            <th scope="col">{t('results.colLevel')}</th>
            <th scope="col">{t('results.colAnswers')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.area}>
              <th scope="row">{row.area}</th>
              <td>{row.level}</td>
              <td>{row.scoredAnswers}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
