'use client';

import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { UserDataset } from '@/lib/upload/user-data';
import { serverUserDataSnapshot, subscribeToUserData, userDataSnapshot } from '../upload/user-data-store';

/*
 * The charts draw the reader's own data beside the published figures once they
 * load a file (kept in this browser's IndexedDB). An embed page must never do so:
 * it shows the published figures only, to whoever reads the article it sits in.
 * Inside <PublishedFiguresOnly>, the charts' components do not even open the store.
 */
const PublishedOnly = createContext(false);

export function PublishedFiguresOnly({ children }: { children: ReactNode }) {
  return <PublishedOnly value={true}>{children}</PublishedOnly>;
}

const noSubscription = () => () => {};
const noData = (): UserDataset | null => null;

/** The reader's data as the charts should draw it: theirs on the dashboard and slides, none in an embed. */
export function useDrawnUserData(): UserDataset | null {
  const publishedOnly = useContext(PublishedOnly);
  return useSyncExternalStore(
    publishedOnly ? noSubscription : subscribeToUserData,
    publishedOnly ? noData : userDataSnapshot,
    serverUserDataSnapshot,
  );
}
