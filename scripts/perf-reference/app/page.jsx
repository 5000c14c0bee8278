export default function Page() {
  return (
    <main>
      <h1>Reference page</h1>
      <p>A bare Next.js page: one heading, one paragraph, nothing of the dashboard.</p>
    </main>
  );
}
