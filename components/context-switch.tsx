type Props = { withContext: boolean };

/**
 * Two plain links rather than a client toggle: the choice lives in the URL, a
 * shared link opens the same view, and the page stays static. Each view renders
 * its own copy of the switch, so the current option is right without JavaScript
 * state. Plain <a> (not next/link): the view is picked when the page loads.
 */
export function ContextSwitch({ withContext }: Props) {
  return (
    <nav className="context-switch" aria-label={withContext ? 'Figures shown (context on)' : 'Figures shown'}>
      <a href="./" aria-current={withContext ? undefined : 'page'} data-option="article">
        Article figures only
      </a>
      <a href="?context=1" aria-current={withContext ? 'page' : undefined} data-option="context">
        With context figures
      </a>
    </nav>
  );
}
