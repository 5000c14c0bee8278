// The reference page `npm run perf` measures beside the dashboard: a bare Next.js
// page with a heading and a paragraph, built with the same Next and React, so that
// each route's Total Blocking Time can be read as a multiple of the framework's own.
export const metadata = { title: 'Reference page' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
