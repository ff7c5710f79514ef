/**
 * Volume by weekday × hour as a heatmap: a grid of cells whose colour deepens with the number of items, so peaks
 * to staff for stand out. Drawn as a CSS grid (Chart.js has no heatmap without a plugin); each cell has a title.
 */
import { useT } from '../common/locale';

const days = [
  { nl: 'ma', en: 'Mon' },
  { nl: 'di', en: 'Tue' },
  { nl: 'wo', en: 'Wed' },
  { nl: 'do', en: 'Thu' },
  { nl: 'vr', en: 'Fri' },
  { nl: 'za', en: 'Sat' },
  { nl: 'zo', en: 'Sun' },
];

export function VolumeHeatmap({ volume }: { volume: number[][] }) {
  const t = useT();
  const max = Math.max(1, ...volume.flat());
  return (
    <div className="wc-heatmap" role="table" data-testid="volume-heatmap">
      <div role="row" className="wc-heatmap-row">
        <span />
        {Array.from({ length: 24 }, (_, hour) => (
          <span key={hour} className="wc-heatmap-hour">
            {hour % 3 === 0 ? hour : ''}
          </span>
        ))}
      </div>
      {volume.map((row, day) => (
        <div role="row" className="wc-heatmap-row" key={day}>
          <span className="wc-heatmap-day">{t(days[day] ?? days[0]!)}</span>
          {row.map((count, hour) => (
            <span
              role="cell"
              key={hour}
              className="wc-heatmap-cell"
              title={`${t(days[day] ?? days[0]!)} ${hour}:00–${hour + 1}:00 · ${count}`}
              style={{ background: count ? `rgba(29, 100, 216, ${0.12 + (0.88 * count) / max})` : undefined }}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
