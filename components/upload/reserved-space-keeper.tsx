'use client';

import { useEffect } from 'react';
import { RESERVED_SLOTS, RESERVED_SPACE_KEY, type ReservedSpace } from '@/lib/site/reserved-space';
import { useUserData } from './use-user-data';
import { subscribeToUserData, userDataSnapshot, whenRestored } from './user-data-store';

/** How long the page must stay still before its heights are kept: the live charts load after the data. */
const SETTLE_MS = 800;

function release() {
  const root = document.documentElement;
  for (const name of RESERVED_SLOTS) root.style.removeProperty(`--reserve-${name}`);
  delete root.dataset.reserved;
}

function keep(space: ReservedSpace | null) {
  try {
    if (space) localStorage.setItem(RESERVED_SPACE_KEY, JSON.stringify(space));
    else localStorage.removeItem(RESERVED_SPACE_KEY);
  } catch {
    // Storage can be off (private mode, policy): the page then jumps as it did, nothing worse.
  }
}

/**
 * Keeps the space a returning reader's data takes (lib/site/reserved-space.ts):
 * while data is drawn it records the height of each part that draws it, and it
 * lets go of what the before-paint script reserved once that no longer holds:
 * nothing was restored, the data changed, or the window was resized.
 */
export function ReservedSpaceKeeper() {
  const user = useUserData();

  useEffect(() => {
    if (!document.documentElement.dataset.reserved) return;
    window.addEventListener('resize', release, { once: true });
    let stop = () => {};
    void whenRestored().then(() => {
      if (!userDataSnapshot()) return release();
      stop = subscribeToUserData(release);
    });
    return () => {
      window.removeEventListener('resize', release);
      stop();
    };
  }, []);

  useEffect(() => {
    if (!user) {
      void whenRestored().then(() => {
        if (!userDataSnapshot()) keep(null);
      });
      return;
    }
    const slots = [...document.querySelectorAll<HTMLElement>('[data-reserve-slot]')];
    let timer = 0;
    const record = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        // Heights inflated by a reservation still held are not the page's own.
        if (document.documentElement.dataset.reserved) return;
        // Rounded up: a part 161.3 px high reserved as 161 would still push the page down
        // by a fraction of a pixel per part when the data arrives.
        const heights = Object.fromEntries(
          slots.map((slot) => [slot.dataset.reserveSlot, Math.ceil(slot.getBoundingClientRect().height)]),
        );
        keep({ width: window.innerWidth, heights });
      }, SETTLE_MS);
    };
    const observer = new ResizeObserver(record);
    slots.forEach((slot) => observer.observe(slot));
    record();
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [user]);

  return null;
}
