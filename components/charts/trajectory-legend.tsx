import type { LegendEntry } from '@/lib/charts/trajectory/legend';
import { reserveSlot } from '@/lib/site/reserved-space';
import { PUBLISHED_SHAPES, shapeAt } from '@/lib/charts/marker-shapes';
import { chartColors, pathDashes, seriesColor } from './chart-theme';
import { UserLegendItems } from './user-legend-items';

/** The mark an entry of the key stands for, drawn as in the chart. */
function Swatch({ entry }: { entry: Exclude<LegendEntry, { kind: 'user' }> }) {
  switch (entry.kind) {
    case 'article':
      return (
        <svg width="18" height="12" aria-hidden="true">
          <circle cx="9" cy="6" r="5" fill={chartColors.article} />
        </svg>
      );
    case 'publisher':
      return (
        <svg width="18" height="14" aria-hidden="true">
          <path
            d={shapeAt(PUBLISHED_SHAPES, entry.style).path}
            transform="translate(9,7) scale(0.9)"
            fill={seriesColor(entry.style)}
            stroke={chartColors.surface}
            strokeWidth="1"
          />
        </svg>
      );
    case 'soft':
      return (
        <svg width="28" height="14" aria-hidden="true">
          <line x1="0" x2="28" y1="7" y2="7" stroke={chartColors.muted} strokeWidth="1.6" strokeDasharray="4 3" />
          <circle cx="14" cy="7" r="4.5" fill={chartColors.surface} stroke={chartColors.muted} strokeWidth="2" />
        </svg>
      );
    case 'goal':
      return (
        <svg width="18" height="14" aria-hidden="true">
          <path
            d="M9,2 L15,7 L9,12 L3,7 Z"
            fill={chartColors.surface}
            stroke={chartColors.muted}
            strokeWidth="1.6"
            strokeDasharray="2 2"
          />
        </svg>
      );
    case 'path':
      return (
        <svg width="28" height="12" aria-hidden="true">
          <line
            x1="0"
            x2="28"
            y1="6"
            y2="6"
            stroke={chartColors.path}
            strokeWidth="2"
            strokeDasharray={pathDashes[entry.dash % pathDashes.length]}
          />
        </svg>
      );
    case 'target':
      return (
        <svg width="18" height="14" aria-hidden="true">
          <path d="M9,1 L16,7 L9,13 L2,7 Z" fill={chartColors.surface} stroke={chartColors.target} strokeWidth="2" />
        </svg>
      );
    case 'event':
      return (
        <svg width="10" height="14" aria-hidden="true">
          <line x1="5" x2="5" y1="0" y2="14" stroke={chartColors.event} strokeWidth="2" strokeDasharray="3 3" />
        </svg>
      );
  }
}

/** The key to the trajectory chart (lib/charts/trajectory/legend.ts), in HTML so it reads at any width and wraps. */
export function TrajectoryLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul className="legend" aria-label="Legend" {...reserveSlot('trajectory-legend')}>
      {entries.map((entry) =>
        entry.kind === 'user' ? (
          <UserLegendItems key={entry.key} />
        ) : (
          <li key={entry.key}>
            <Swatch entry={entry} /> {entry.label}
          </li>
        ),
      )}
    </ul>
  );
}
