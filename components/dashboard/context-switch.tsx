type Props = { withContext: boolean };

/**
 * Two plain links rather than a client toggle: the choice lives in the URL, a
 * shared link opens the same view, and the page stays static. Each view renders
 * its own copy of the switch, so the current option is right without JavaScript
 * state. Plain <a> (not next/link): the view is picked when the page loads.
 *
 * The page reloads, so each link names the switch of the view it opens as its
 * fragment: the browser comes back to the switch rather than the top of the page,
 * and the next Tab goes on from there (a keyboard user would otherwise start over
 * from "Skip to content").
 */
export const SWITCH_ID = { article: 'figures-shown', context: 'figures-shown-context' } as const;

export function ContextSwitch({ withContext }: Props) {
  return (
    <nav
      id={withContext ? SWITCH_ID.context : SWITCH_ID.article}
      className="context-switch"
      aria-label={withContext ? 'Figures shown (context on)' : 'Figures shown'}
    >
      <a href={`./#${SWITCH_ID.article}`} aria-current={withContext ? undefined : 'page'} data-option="article">
        Article figures only
      </a>
      <a href={`?context=1#${SWITCH_ID.context}`} aria-current={withContext ? 'page' : undefined} data-option="context">
        With context figures
      </a>
    </nav>
  );
}
