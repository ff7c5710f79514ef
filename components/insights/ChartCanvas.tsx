/**
 * One Chart.js chart on a canvas. Chart.js: maintained (v4, frequent releases), MIT, canvas rendering without
 * eval (fits the extension CSP), tree-shakable — only the controllers registered below are bundled — and no React
 * wrapper is needed. The chart's data is also given as an aria-label so the figures are readable without sight.
 */
import { useEffect, useRef } from 'react';
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

export function ChartCanvas(props: { config: ChartConfiguration; label: string; testId?: string; height?: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, props.config);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [props.config]);
  return (
    <div className="wc-chart" style={{ height: props.height ?? 240 }}>
      <canvas ref={canvas} role="img" aria-label={props.label} data-testid={props.testId} />
    </div>
  );
}
