import type { Metadata, Viewport } from 'next';
import { assessTargets } from '@/lib/dataset/derive';
import { loadDataset } from '@/lib/dataset/load';
import { DECK_TITLE } from '@/lib/deck/slides';
import { storyDek } from '@/lib/dataset/story';
import { BEFORE_PAINT_SCRIPT } from '@/lib/site/before-paint-script';
// One stylesheet in parts, in this order (later parts refine earlier ones).
import './styles/base.css';
import './styles/tables.css';
import './styles/charts.css';
import './styles/sections.css';
import './styles/record.css';
import './styles/small-screens-and-print.css';
import './styles/upload.css';
import './styles/paper-and-preferences.css';
import './styles/embed-dialog.css';

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
        {/* Sends old ?context=1 links on, sets data-slide and data-theme, before first paint (lib/site/before-paint-script.ts). */}
        <script dangerouslySetInnerHTML={{ __html: BEFORE_PAINT_SCRIPT }} />
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
