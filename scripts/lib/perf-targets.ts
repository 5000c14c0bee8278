// The pages' targets (issue #12), in one place for the console report and docs/performance.md.
// Performance, TBT, LCP and CLS targets are for the dashboard's two views on mobile; desktop
// aims at 100; accessibility and best practices at 100 everywhere. Reported, never enforced.
import type { Figures, Preset } from './lighthouse-run';

export type Target = { label: string; met: (value: number) => boolean };

const everywhere: Partial<Record<keyof Figures, Target>> = {
  accessibility: { label: '100', met: (value) => value >= 100 },
  bestPractices: { label: '100', met: (value) => value >= 100 },
};

/** The routes the performance targets are set for; the others are reported beside them. */
export const TARGET_ROUTES = ['/', '/context'];

export function targetsFor(route: string, preset: Preset): Partial<Record<keyof Figures, Target>> {
  if (!TARGET_ROUTES.includes(route)) return everywhere;
  if (preset === 'desktop') return { performance: { label: '100', met: (value) => value >= 100 }, ...everywhere };
  return {
    performance: { label: '≥ 90', met: (value) => value >= 90 },
    ...everywhere,
    lcpMs: { label: '≤ 1.8 s', met: (value) => value <= 1800 },
    tbtMs: { label: '≤ 350 ms', met: (value) => value <= 350 },
    cls: { label: '≤ 0.02', met: (value) => value <= 0.02 },
  };
}

/** Each route's TBT as a multiple of the bare reference page's, measured in the same run. */
export const TBT_RATIO_TARGET: Target = { label: '≤ 1.5×', met: (ratio) => ratio <= 1.5 };

/** The dashboard's HTML, uncompressed. */
export const HTML_TARGET: Target = { label: '≤ 120 KB', met: (bytes) => bytes <= 120 * 1024 };
