import { del, get, set } from 'idb-keyval';
import type { UserDataset } from '@/lib/upload/user-data';

/*
 * The user's own data, kept in this browser's IndexedDB so it is still there
 * after a reload, and never sent anywhere. It changes only when the user loads
 * a file or removes it: a failed or cancelled upload leaves it as it was.
 */
const KEY = 'russia-dprk-user-data';
const listeners = new Set<() => void>();
let current: UserDataset | null = null;
let restored: Promise<void> | null = null;

function emit() {
  for (const listener of listeners) listener();
}

/**
 * Other tabs of the dashboard hear of a load or a removal at once, so that no tab
 * goes on drawing data the reader has replaced or removed elsewhere (IndexedDB
 * itself tells nobody). Opened lazily, with the first subscriber.
 */
const CHANNEL = 'russia-dprk-user-data';
type StoreMessage = { type: 'saved'; dataset: UserDataset } | { type: 'removed' };
let channel: BroadcastChannel | null = null;

function listenToOtherTabs() {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<StoreMessage>) => {
    current = event.data.type === 'saved' ? event.data.dataset : null;
    emit();
  };
}

const tellOtherTabs = (message: StoreMessage) => channel?.postMessage(message);

export function subscribeToUserData(listener: () => void): () => void {
  listeners.add(listener);
  listenToOtherTabs();
  // The first subscriber brings back what an earlier visit stored.
  restored ??= get<unknown>(KEY)
    .then(async (stored) => {
      if (stored === undefined || current) return;
      // zod loads only when there is something to check: most visits have no stored data.
      const { userDatasetSchema } = await import('@/lib/upload/user-data');
      if (current) return;
      const checked = userDatasetSchema.safeParse(stored);
      if (!checked.success) return del(KEY);
      current = checked.data;
      emit();
    })
    .catch(() => undefined);
  return () => listeners.delete(listener);
}

export const userDataSnapshot = (): UserDataset | null => current;

/** Settles once what an earlier visit stored has been brought back (or found absent); call after subscribing. */
export function whenRestored(): Promise<void> {
  return restored ?? Promise.resolve();
}
export const serverUserDataSnapshot = (): UserDataset | null => null;

export async function saveUserData(dataset: UserDataset): Promise<void> {
  await set(KEY, dataset);
  current = dataset;
  emit();
  tellOtherTabs({ type: 'saved', dataset });
}

export async function removeUserData(): Promise<void> {
  await del(KEY);
  current = null;
  emit();
  tellOtherTabs({ type: 'removed' });
}
