import type { TrajectoryLayout } from '@/lib/charts/trajectory/layout';
import type { TrajectoryDrawing } from '@/lib/charts/trajectory/model';
import { figureTooltipLines, spreadLine } from '@/lib/charts/trajectory/tooltip-words';
import { userSeriesOfKey } from '@/lib/charts/trajectory/with-user';
import { userFigureLabel } from '@/lib/charts/user-series';
import { formatUsd } from '@/lib/format';

type Entry = { dataKey?: unknown; name?: unknown; value?: unknown; color?: string };
type Props = { active?: boolean; label?: unknown; payload?: Entry[] };

/**
 * What the tooltip says of a year: every published figure with its producer,
 * its kind and who reported it, how far the figures of that year are apart,
 * then the paths, targets and the reader's figures there.
 */
export function trajectoryTooltip(model: TrajectoryDrawing, layout: TrajectoryLayout) {
  function TrajectoryTooltip({ active, label, payload = [] }: Props) {
    if (!active || label === undefined) return null;
    const year = Number(label);
    const published = model.points.filter((p) => p.year === year).sort((a, b) => b.value - a.value);
    const spread = spreadLine(published);
    const others = payload.flatMap((entry) => {
      const key = String(entry.dataKey ?? '');
      const amount = Number(entry.value);
      if (key.startsWith('path:'))
        return [[key, `${entry.name}: ≈ ${formatUsd(Math.round(amount / 1e6) * 1e6)} (derived)`]];
      if (key.startsWith('target:') || key.startsWith('goal:')) return [[key, `${entry.name}: ${formatUsd(amount)}`]];
      const figure = layout.user.find((u) => u.key === userSeriesOfKey(key))?.figures.get(year);
      return figure ? [[key, `${entry.name}: ${userFigureLabel(figure)}`]] : [];
    });
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip-year">{year}</p>
        {published.length > 0 ? (
          <ul className="chart-tooltip-figures">
            {published.map((point) => (
              <li key={point.key} data-producer={point.producer}>
                {figureTooltipLines(point).map((line, i) => (
                  <span key={line} className={i === 0 ? 'chart-tooltip-figure' : 'chart-tooltip-detail'}>
                    {line}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        ) : null}
        {spread ? <p className="chart-tooltip-spread">{spread}</p> : null}
        {others.length > 0 ? (
          <ul className="chart-tooltip-others">
            {others.map(([key, text]) => (
              <li key={key}>{text}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  return TrajectoryTooltip;
}
