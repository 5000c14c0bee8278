import { withBasePath } from '@/lib/site/base-path';

export default function NotFound() {
  return (
    <main id="main" className="page narrow-page">
      <h1>Page not found</h1>
      <p>There is nothing at this address. The dashboard and its downloads start from the home page.</p>
      <p>
        {/* A plain link: see components/deck/deck-controls.tsx for why not Next's Link to the home page. */}
        <a href={withBasePath('/')}>Go to the dashboard</a>
      </p>
    </main>
  );
}
