'use client';

import { useSyncExternalStore } from 'react';
import type { UserDataset } from '@/lib/upload/user-data';
import { serverUserDataSnapshot, subscribeToUserData, userDataSnapshot } from './user-data-store';

/** The user's loaded data, or null; null on the server and during hydration. */
export function useUserData(): UserDataset | null {
  return useSyncExternalStore(subscribeToUserData, userDataSnapshot, serverUserDataSnapshot);
}
