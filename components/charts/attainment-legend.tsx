/** The key to the attainment bullets, in HTML so it reads at any width and wraps. */
export function AttainmentLegend({ withOutcome }: { withOutcome: boolean }) {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <span className="swatch swatch-article" aria-hidden="true" /> Actual trade (article)
      </li>
      {withOutcome ? (
        <li>
          <span className="swatch swatch-context-thin" aria-hidden="true" /> Trade in the target year (context)
        </li>
      ) : null}
      <li>
        <span className="swatch swatch-rule" aria-hidden="true" /> Target
      </li>
      <li>
        <span className="swatch swatch-bands" aria-hidden="true" /> Thirds of the target
      </li>
    </ul>
  );
}
