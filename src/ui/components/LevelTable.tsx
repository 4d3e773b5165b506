import { useTranslation } from '../../i18n/context';
import { DataTable } from './DataTable';

/** One row of the results table. */
export interface LevelRow {
  area: string;
  /** The level in words, or "Pas encore évalué". */
  level: string;
  /** 1 to 4, or `null` when not assessed yet. */
  levelNumber: number | null;
}

/** The levels by area as a real data table: the same figures as the words and the chart. */
export function LevelTable(props: { rows: readonly LevelRow[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('results.tableCaption')}
      headers={[t('results.colArea'), t('results.colLevel'), t('results.colLevelNumber')]}
      rows={props.rows.map((row) => ({
        key: row.area,
        header: row.area,
        cells: [row.level, row.levelNumber === null ? '—' : `${row.levelNumber}/4`],
      }))}
    />
  );
}
