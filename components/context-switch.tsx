import Link from 'next/link';

type Props = { withContext: boolean; path?: string };

/**
 * Two links rather than a client toggle: the choice lives in the URL, works
 * without JavaScript, and a shared link opens the same view.
 */
export function ContextSwitch({ withContext, path = '/' }: Props) {
  return (
    <nav className="context-switch" aria-label="Figures shown">
      <Link href={path} aria-current={withContext ? undefined : 'page'} scroll={false} data-option="article">
        Article figures only
      </Link>
      <Link href={`${path}?context=1`} aria-current={withContext ? 'page' : undefined} scroll={false} data-option="context">
        With context figures
      </Link>
    </nav>
  );
}
