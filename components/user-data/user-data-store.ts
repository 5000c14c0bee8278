import { del, get, set } from 'idb-keyval';
import type { UserDataset } from '@/lib/user-data';

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

export function subscribeToUserData(listener: () => void): () => void {
  listeners.add(listener);
  // The first subscriber brings back what an earlier visit stored.
  restored ??= get<unknown>(KEY)
    .then(async (stored) => {
      if (stored === undefined || current) return;
      // zod loads only when there is something to check: most visits have no stored data.
      const { userDatasetSchema } = await import('@/lib/user-data');
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
export const serverUserDataSnapshot = (): UserDataset | null => null;

export async function saveUserData(dataset: UserDataset): Promise<void> {
  await set(KEY, dataset);
  current = dataset;
  emit();
}

export async function removeUserData(): Promise<void> {
  await del(KEY);
  current = null;
  emit();
}
