import type { AttainmentLegendEntry } from '@/lib/charts/attainment/labels';

/** The key to the attainment bullets (lib/charts/attainment/labels.ts), in HTML so it reads at any width and wraps. */
export function AttainmentLegend({ entries }: { entries: AttainmentLegendEntry[] }) {
  return (
    <ul className="legend" aria-label="Legend">
      {entries.map((entry) => (
        <li key={entry.swatch}>
          <span className={`swatch swatch-${entry.swatch}`} aria-hidden="true" /> {entry.label}
        </li>
      ))}
    </ul>
  );
}
