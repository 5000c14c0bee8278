'use client';

import { isPartialYear } from '@/lib/upload/partial-year';
import { chartedPublishers, hiddenPublishersNote, PARTIAL_YEAR_KEY, userSeriesLabel } from '@/lib/charts/user-series';
import { UserMarker } from './user-marker';
import { useDrawnUserData } from './published-only';

/**
 * Legend entries for the reader's own series, when they have loaded a file: one
 * per publisher drawn, with its shape (in the chart's order), then what a hollow
 * shape means (when there is one) and where the publishers not drawn are.
 */
export function UserLegendItems() {
  const user = useDrawnUserData();
  if (!user) return null;
  const publishers = chartedPublishers(user);
  const hidden = new Set(user.figures.map((f) => f.publisher)).size - publishers.length;
  const marker = (shape: number, partial: boolean) => (
    <svg width="16" height="14" viewBox="-8 -7 16 14" aria-hidden="true">
      <UserMarker cx={0} cy={0} shape={shape} partial={partial} />
    </svg>
  );
  return (
    <>
      {publishers.map((publisher, shape) => (
        <li key={publisher} className="legend-user">
          {marker(shape, false)} {userSeriesLabel(user.fileName, publisher, publishers.length > 1)}
        </li>
      ))}
      {user.figures.some(isPartialYear) ? (
        <li className="legend-user">
          {marker(0, true)} {PARTIAL_YEAR_KEY.charAt(0).toUpperCase()}
          {PARTIAL_YEAR_KEY.slice(1)}
        </li>
      ) : null}
      {hidden > 0 ? <li className="legend-user">{hiddenPublishersNote(hidden)}</li> : null}
    </>
  );
}
