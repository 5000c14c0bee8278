import { formatPartialDate, formatPercent } from '../../format';
import type { TrajectoryModel } from './model';

/** One entry of the trajectory's key; `user` marks where the reader's series go once their data is drawn. */
export type LegendEntry =
  | { kind: 'article' | 'context' | 'target' | 'event'; key: string; label: string }
  | { kind: 'path'; key: string; label: string; dash: number }
  | { kind: 'user'; key: 'user' };

/** The key to the trajectory, in the order it reads: the paths, the figures, the targets, the reader's, the events. */
export function trajectoryLegend(model: TrajectoryModel): LegendEntry[] {
  const series = model.series.flatMap((s): LegendEntry[] => {
    if (s.role === 'article' || s.role === 'context') return [{ kind: s.role, key: s.key, label: s.label }];
    if (s.role === 'required-path') {
      const label = `${s.label}: +${formatPercent(s.growth ?? 0)} a year`;
      return [{ kind: 'path', key: s.key, label, dash: s.targetIndex ?? 0 }];
    }
    return [];
  });
  const events = model.events.map((event) => ({
    kind: 'event' as const,
    key: `${event.date}-${event.title}`,
    label: `${formatPartialDate(event.date)}: ${event.title}`,
  }));
  return [...series, { kind: 'target', key: 'target', label: 'Target' }, { kind: 'user', key: 'user' }, ...events];
}
