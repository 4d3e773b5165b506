import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/context';
import type { AreaBar } from './areaChart';
import styles from './AreaChart.module.css';

/**
 * The levels by area as a horizontal bar chart, drawn by Chart.js loaded on
 * demand. The canvas is an image with a text alternative; the table that
 * follows it holds the same figures.
 */
export function AreaChart(props: { bars: readonly AreaBar[] }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [image, setImage] = useState<string | null>(null);
  const key = JSON.stringify(props.bars);
  useEffect(() => {
    let remove: (() => void) | undefined;
    let live = true;
    import('./areaChart')
      .then(({ drawAreaChart }) => {
        if (!live || !canvas.current) return;
        remove = drawAreaChart(canvas.current, props.bars);
        // Printed as an image: a canvas keeps its screen size on paper.
        setImage(canvas.current.toDataURL('image/png'));
      })
      // Without a chart the table still says everything; nothing to tell the person.
      .catch(() => undefined);
    return () => {
      live = false;
      remove?.();
    };
  }, [key]);
  const summary = props.bars
    .map((b) => t('results.chartItem', { area: b.area, level: b.label }))
    .join(' ; ');
  return (
    <div class={styles.chart} style={{ blockSize: `${props.bars.length * 4 + 3}rem` }}>
      <canvas ref={canvas} role="img" aria-label={`${t('results.chartLabel')} ${summary}`} />
      {image && (
        <img class={styles.printImage} src={image} alt={`${t('results.chartLabel')} ${summary}`} />
      )}
    </div>
  );
}
