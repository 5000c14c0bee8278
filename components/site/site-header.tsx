import Link from 'next/link';
import type { View } from '@/lib/charts/view';
import { presentPath } from '@/lib/site/routes';
import { ThemeSwitch } from './theme-switch';

/** The bar above the page: what it is about, slide mode (in the same view), and the theme. */
export function SiteHeader({ view }: { view: View }) {
  return (
    <header className="page-header-bar">
      <p className="eyebrow">Russia–DPRK bilateral trade</p>
      <div className="site-links">
        {/* Not prefetched: the deck's code would otherwise load with every dashboard visit. */}
        <Link href={presentPath(view)} prefetch={false} className="present-link">
          Present as slides
        </Link>
        <ThemeSwitch />
      </div>
    </header>
  );
}
