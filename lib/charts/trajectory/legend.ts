import { formatPartialDate, formatPercent } from '../../format';
import type { TrajectoryModel } from './model';

/** One entry of the trajectory's key; `user` marks where the reader's series go once their data is drawn. */
export type LegendEntry =
  | { kind: 'article' | 'target' | 'goal' | 'soft' | 'event'; key: string; label: string }
  | { kind: 'publisher'; key: string; label: string; style: number }
  | { kind: 'path'; key: string; label: string; dash: number }
  | { kind: 'user'; key: 'user' };

/** What a hollow mark and a dashed line mean, said once in the key. */
export const SOFT_FIGURES_KEY = 'Hollow marks, dashed lines: derived from exports and imports, or an estimate';

/**
 * The key to the trajectory, in the order it reads: the paths, the article's
 * figures, each other producer's, the targets, the reader's, the events.
 */
export function trajectoryLegend(model: TrajectoryModel): LegendEntry[] {
  const series = model.series.flatMap((s): LegendEntry[] => {
    if (s.role === 'article') return [{ kind: 'article', key: s.key, label: s.label }];
    if (s.role === 'publisher') return [{ kind: 'publisher', key: s.key, label: s.label, style: s.style ?? 1 }];
    if (s.role === 'required-path') {
      const label = `${s.label}: +${formatPercent(s.growth ?? 0)} a year`;
      return [{ kind: 'path', key: s.key, label, dash: s.targetIndex ?? 0 }];
    }
    return [];
  });
  // The article's producer first among the figures, as the eye looks for the story's point.
  const ordered = [
    ...series.filter((e) => e.kind === 'path'),
    ...series.filter((e) => e.kind === 'article'),
    ...series.filter((e) => e.kind === 'publisher'),
  ];
  const soft: LegendEntry[] = model.points.some((p) => p.kind === 'derived' || p.kind === 'estimate')
    ? [{ kind: 'soft', key: 'soft', label: SOFT_FIGURES_KEY }]
    : [];
  const goals: LegendEntry[] = model.series.some((s) => s.role === 'goal')
    ? [{ kind: 'goal', key: 'goal', label: 'Goal that other reports state' }]
    : [];
  const events = model.events.map((event) => ({
    kind: 'event' as const,
    key: `${event.date}-${event.title}`,
    label: `${formatPartialDate(event.date)}: ${event.title}`,
  }));
  return [
    ...ordered,
    ...soft,
    { kind: 'target', key: 'target', label: 'Target' },
    ...goals,
    { kind: 'user', key: 'user' },
    ...events,
  ];
}
