// Loaded only when results are shown: Chart.js never weighs on the first screen.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

/** One bar: the area, its level (0 when not assessed yet) and the level in words. */
export interface AreaBar {
  area: string;
  level: number;
  label: string;
}

/**
 * Draws the horizontal bar chart of levels by area; returns a function that
 * removes it. Each bar's name carries its level in words on a second line, so
 * the chart reads without colour and no label is ever cut off.
 */
export function drawAreaChart(canvas: HTMLCanvasElement, bars: readonly AreaBar[]): () => void {
  const style = getComputedStyle(canvas);
  const bar = style.getPropertyValue('--color-chart-bar').trim() || '#b8c6ee';
  const line = style.getPropertyValue('--color-border').trim() || '#5c6370';
  const font = { family: style.fontFamily, size: 14 };
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: bars.map((b) => [b.area, b.label]),
      datasets: [
        { data: bars.map((b) => b.level), backgroundColor: bar, borderColor: line, borderWidth: 1 },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      scales: {
        x: {
          min: 0,
          max: 4,
          ticks: { stepSize: 1, color: style.color, font },
          grid: { color: line },
        },
        y: { ticks: { color: style.color, font }, grid: { display: false } },
      },
    },
  });
  return () => chart.destroy();
}
