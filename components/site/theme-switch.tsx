'use client';

import { useSyncExternalStore } from 'react';
import { parseTheme, THEME_STORAGE_KEY, THEMES, type Theme } from '@/lib/site/theme';

const LABELS: Record<Theme, string> = { auto: 'Auto', light: 'Light', dark: 'Dark' };
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab changing the theme changes it here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY) apply(parseTheme(event.newValue), false);
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

const noSubscription = () => () => {};
const current = (): Theme => parseTheme(document.documentElement.dataset.theme);

function apply(theme: Theme, store: boolean) {
  const root = document.documentElement;
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  if (store) {
    try {
      if (theme === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, theme);
    } catch {
      // Storage can be off (private mode, policy): the choice then lasts until the page is left.
    }
  }
  listeners.forEach((listener) => listener());
}

/** Auto (the system setting), Light or Dark; the choice is kept in this browser. */
export function ThemeSwitch() {
  // The server cannot know the stored choice: it renders Auto, and the real one follows hydration.
  const theme = useSyncExternalStore(subscribe, current, () => 'auto' as Theme);
  // Invisible (its space kept) until React runs: before that, or without JavaScript, it could not work.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <div
      className={hydrated ? 'theme-switch' : 'theme-switch theme-switch-pending'}
      role="group"
      aria-label="Colour theme"
    >
      {THEMES.map((option) => (
        <button key={option} type="button" aria-pressed={theme === option} onClick={() => apply(option, true)}>
          {LABELS[option]}
        </button>
      ))}
    </div>
  );
}
