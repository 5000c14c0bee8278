import { AddYourData } from '../upload/add-your-data';

/** Where a reader loads a CSV of their own, checked row by row and charted beside the article's figures. */
export function YourDataSection() {
  return (
    <section className="section your-data-section" aria-labelledby="your-data-title">
      <h2 id="your-data-title">Add your data</h2>
      <p>
        Have newer years, another publisher&apos;s figures or monthly data? Load a CSV to check it row by row and chart
        it next to the article&apos;s figures. It is read in this browser and kept here; nothing is uploaded anywhere.
      </p>
      <noscript>
        <p className="noscript-note">
          Loading your own data needs JavaScript, which is off in this browser. Everything else on this page works
          without it.
        </p>
      </noscript>
      <AddYourData />
    </section>
  );
}
