'use client';

import { userDataCredit } from '@/lib/charts/user-series';
import { useDrawnUserData } from './published-only';

/** After a chart's sources, when the reader's own data is drawn in it: the same words its exports carry. */
export function UserDataCredit() {
  const user = useDrawnUserData();
  return user ? <span className="user-data-credit">; {userDataCredit(user.fileName)}</span> : null;
}
