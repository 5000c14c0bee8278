'use client';

import { userDataSentence } from '@/lib/charts/trajectory/user-words';
import { useDrawnUserData } from './published-only';

/** After the trajectory's summary, once the reader's data is drawn: their series, years, and the gaps they fill. */
export function TrajectoryUserSummary({ gaps }: { gaps: number[] }) {
  const user = useDrawnUserData();
  if (!user || user.figures.length === 0) return null;
  return <span className="user-data-summary"> {userDataSentence(user, gaps)}</span>;
}
