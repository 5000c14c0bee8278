import { formatPartialDate, formatPercent } from '@/lib/format';
import { reserveSlot } from '@/lib/site/reserved-space';
import type { TrajectoryModel } from '@/lib/charts/trajectory/model';
import { chartColors, pathDashes } from './chart-theme';
import { UserLegendItems } from './user-legend-items';

/** The key to the trajectory chart, in HTML so it reads at any width and wraps. */
export function TrajectoryLegend({ model }: { model: TrajectoryModel }) {
  return (
    <ul className="legend" aria-label="Legend" {...reserveSlot('trajectory-legend')}>
      {model.series.map((series) => {
        switch (series.role) {
          case 'article':
            return (
              <li key={series.key}>
                <svg width="18" height="12" aria-hidden="true">
                  <circle cx="9" cy="6" r="5" fill={chartColors.article} />
                </svg>{' '}
                {series.label}
              </li>
            );
          case 'context':
            return (
              <li key={series.key}>
                <svg width="18" height="12" aria-hidden="true">
                  <circle cx="9" cy="6" r="4" fill={chartColors.surface} stroke={chartColors.context} strokeWidth="2" />
                </svg>{' '}
                {series.label}
              </li>
            );
          case 'required-path':
            return (
              <li key={series.key}>
                <svg width="28" height="12" aria-hidden="true">
                  <line
                    x1="0"
                    x2="28"
                    y1="6"
                    y2="6"
                    stroke={chartColors.path}
                    strokeWidth="2"
                    strokeDasharray={pathDashes[(series.targetIndex ?? 0) % pathDashes.length]}
                  />
                </svg>{' '}
                {series.label}: +{formatPercent(series.growth ?? 0)} a year
              </li>
            );
          case 'target':
          case 'user':
            return null;
        }
      })}
      <li>
        <svg width="18" height="14" aria-hidden="true">
          <path d="M9,1 L16,7 L9,13 L2,7 Z" fill={chartColors.surface} stroke={chartColors.target} strokeWidth="2" />
        </svg>{' '}
        Target
      </li>
      <UserLegendItems />
      {model.events.map((event) => (
        <li key={`${event.date}-${event.title}`}>
          <svg width="10" height="14" aria-hidden="true">
            <line x1="5" x2="5" y1="0" y2="14" stroke={chartColors.event} strokeWidth="2" strokeDasharray="3 3" />
          </svg>{' '}
          {formatPartialDate(event.date)}: {event.title}
        </li>
      ))}
    </ul>
  );
}
