import type { Metadata, Viewport } from 'next';
import { assessTargets } from '@/lib/dataset/derive';
import { loadDataset } from '@/lib/dataset/load';
import { DECK_TITLE } from '@/lib/deck/slides';
import { storyDek } from '@/lib/dataset/story';
import { URL_STATE_SCRIPT } from '@/lib/site/before-paint-script';
import './globals.css';

export const metadata: Metadata = {
  title: DECK_TITLE,
  // The figures come from data/ like everywhere else.
  description: `${storyDek(assessTargets(loadDataset()))} Every figure sourced.`,
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light dark' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        {/* Sets data-context / data-slide from the URL, and data-theme from the reader's choice, before first paint. */}
        <script dangerouslySetInnerHTML={{ __html: URL_STATE_SCRIPT }} />
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
