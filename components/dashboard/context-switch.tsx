import { withBasePath } from '@/lib/site/base-path';
import { viewPath } from '@/lib/site/routes';
import type { View } from '@/lib/charts/view';

/**
 * Two plain links between the two pages of the dashboard, so that a shared link
 * opens the same view and each page stays static. Each link ends with the switch's
 * own id: the other page opens at the switch rather than at its top, and the next
 * Tab goes on from there (a keyboard user would otherwise start over). Plain
 * anchors get no base path from Next, so it is added here.
 */
export const SWITCH_ID = 'figures-shown';

export function ContextSwitch({ view }: { view: View }) {
  return (
    <nav id={SWITCH_ID} className="context-switch" aria-label="Figures shown">
      <a
        href={`${withBasePath(viewPath('article'))}#${SWITCH_ID}`}
        aria-current={view === 'article' ? 'page' : undefined}
        data-option="article"
      >
        Article figures only
      </a>
      <a
        href={`${withBasePath(viewPath('context'))}#${SWITCH_ID}`}
        aria-current={view === 'context' ? 'page' : undefined}
        data-option="context"
      >
        With context figures
      </a>
    </nav>
  );
}
