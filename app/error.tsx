'use client';

/** Shown instead of a stack trace when a page fails; the details go to the server log. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" className="page narrow-page">
      <h1>Something went wrong</h1>
      <p>The dashboard could not be shown. Reloading usually helps; if it does not, the data files may need fixing.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </main>
  );
}
