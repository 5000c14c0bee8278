import type { Metadata, Viewport } from 'next';
import { URL_STATE_SCRIPT } from '@/lib/url-state-script';
import './globals.css';

export const metadata: Metadata = {
  title: 'Russia–DPRK trade: targets versus actuals',
  description: 'Russia said trade with the DPRK would reach US$1 bn by 2020, then cut the goal to US$500 m. Actual trade, with every figure sourced.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, colorScheme: 'light' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body>
        {/* Sets data-context / data-slide on <html> from the URL before first paint. */}
        <script dangerouslySetInnerHTML={{ __html: URL_STATE_SCRIPT }} />
        <a className="skip-link" href="#main">Skip to content</a>
        {children}
      </body>
    </html>
  );
}
