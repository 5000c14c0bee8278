import type { ReactNode } from 'react';
import { chartIds } from '@/lib/charts/registry';
import { EMBED_THEME_SCRIPT } from '@/lib/embed/theme-script';
// After the site's stylesheet (app/layout.tsx): the embed page's own layout.
import '../../styles/embed.css';

// Every chart's embed is known at build time: prerender them all (both views), and 404 the rest.
export const dynamicParams = false;

export function generateStaticParams() {
  return chartIds.map((chart) => ({ chart }));
}

/** An embed page: no site header or footer; its theme comes from its address (lib/embed/theme-script.ts). */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: EMBED_THEME_SCRIPT }} />
      {children}
    </>
  );
}
