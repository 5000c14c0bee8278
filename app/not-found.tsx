import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="page narrow-page">
      <h1>Page not found</h1>
      <p>There is nothing at this address. The dashboard and its downloads start from the home page.</p>
      <p>
        <Link href="/">Go to the dashboard</Link>
      </p>
    </main>
  );
}
