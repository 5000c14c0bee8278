'use client';

import { chartedPublishers, MAX_USER_SERIES } from '@/lib/user-series';
import { chartColors } from '../chart-theme';
import { useUserData } from './use-user-data';

/** Legend entry for the reader's own series, when they have loaded a file. */
export function UserLegendItems() {
  const user = useUserData();
  if (!user) return null;
  const publishers = new Set(user.figures.map((f) => f.publisher)).size;
  const hidden = publishers - chartedPublishers(user).length;
  return (
    <li>
      <svg width="14" height="12" aria-hidden="true"><rect x="2" y="1" width="10" height="10" fill={chartColors.user} /></svg> Your data: {user.fileName} (partial years marked
      with their months){hidden > 0 ? `; the ${MAX_USER_SERIES} publishers with most years are drawn, ${hidden} more are in the table` : ''}
    </li>
  );
}
