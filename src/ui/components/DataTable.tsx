import { useId } from 'preact/hooks';
import styles from './DataTable.module.css';

/**
 * A real data table with its caption. On a narrow screen it scrolls on its own
 * instead of the page; the scrolling box is focusable and named by the caption,
 * so keyboard users can scroll it too.
 */
export function DataTable(props: {
  caption: string;
  headers: readonly string[];
  rows: readonly { key: string; header: string; cells: readonly string[] }[];
}) {
  const captionId = useId();
  return (
    <div class={styles.wrapper} tabIndex={0} role="region" aria-labelledby={captionId}>
      <table class={styles.table}>
        <caption id={captionId}>{props.caption}</caption>
        <thead>
          <tr>
            {props.headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.header}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
