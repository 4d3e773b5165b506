import { useEffect, useRef, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/context';
import type { AreaBar } from './areaChart';
import styles from './AreaChart.module.css';

const drawers = new Set<() => Promise<void>>();

/** Draws every chart on the page now: the print button waits for it, so the summary has its image. */
export async function drawChartsBeforePrint(): Promise<void> {
  await Promise.all([...drawers].map((draw) => draw()));
}

/**
 * The levels by area as a horizontal bar chart, drawn by Chart.js loaded on
 * demand when the chart scrolls into view (or before printing). The canvas is
 * an image with a text alternative; the table that follows holds the same figures.
 */
export function AreaChart(props: { bars: readonly AreaBar[] }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [image, setImage] = useState<string | null>(null);
  const key = JSON.stringify(props.bars);
  useEffect(() => {
    let remove: (() => void) | undefined;
    let drawing: Promise<void> | undefined;
    let live = true;
    const draw = () =>
      (drawing ??= import('./areaChart')
        .then(({ drawAreaChart }) => {
          if (!live || !canvas.current) return;
          remove = drawAreaChart(canvas.current, props.bars);
          // Printed as an image: a canvas keeps its screen size on paper.
          setImage(canvas.current.toDataURL('image/png'));
        })
        // Without a chart the table still says everything; nothing to tell the person.
        .catch(() => undefined));
    drawers.add(draw);
    const observer =
      typeof IntersectionObserver === 'undefined'
        ? undefined
        : new IntersectionObserver((entries) => {
            if (entries.some((entry) => entry.isIntersecting)) void draw();
          });
    if (observer && box.current) observer.observe(box.current);
    else void draw();
    return () => {
      live = false;
      drawers.delete(draw);
      observer?.disconnect();
      remove?.();
    };
  }, [key]);
  const summary = props.bars
    .map((b) => t('results.chartItem', { area: b.area, level: b.label }))
    .join(' ; ');
  const label = `${t('results.chartLabel')} ${summary}`;
  return (
    <div ref={box} class={styles.chart} style={{ blockSize: `${props.bars.length * 4 + 3}rem` }}>
      <canvas ref={canvas} role="img" aria-label={label} />
      {image && <img class={styles.printImage} src={image} alt={label} />}
    </div>
  );
}
