import Link from 'next/link';
import { DashboardView } from '@/components/dashboard/dashboard-view';
import { DownloadLink } from '@/components/site/download-link';
import { EventTimeline } from '@/components/dashboard/event-timeline';
import { SourcesTable } from '@/components/dashboard/sources-table';
import { ThemeSwitch } from '@/components/site/theme-switch';
import { AddYourData } from '@/components/upload/add-your-data';
import { UserCsvDownloads } from '@/components/charts/user-csv-downloads';
import { UserDataTable } from '@/components/upload/user-data-table';
import { assessTargets } from '@/lib/dataset/derive';
import { attachmentName, downloadNames } from '@/lib/http/downloads';
import { loadDataset } from '@/lib/dataset/load';
import { sourceLookup } from '@/lib/dataset/sources';
import { storyDek } from '@/lib/dataset/story';

/** The dashboard. Static: both views are in the HTML and the URL picks one (see layout.tsx). */
export default function DashboardPage() {
  const dataset = loadDataset();
  const source = sourceLookup(dataset);
  const assessments = assessTargets(dataset);
  const articleFigure = assessments[0]?.actual;
  const article = articleFigure ? source(articleFigure.source_id) : undefined;

  return (
    <div className="page">
      {/* Site controls before <main>, so "Skip to content" passes them and lands on the story. */}
      <header className="page-header-bar">
        <p className="eyebrow">Russia–DPRK bilateral trade</p>
        <div className="site-links">
          {/* Not prefetched: the deck's code would otherwise load with every dashboard visit. */}
          <Link href="/present" prefetch={false} className="present-link">
            Present as slides
          </Link>
          <ThemeSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <header className="page-header">
          <h1>Targets versus actual trade</h1>
          <p className="dek">{storyDek(assessments)}</p>
        </header>

        <DashboardView dataset={dataset} options={{ context: false }} />
        <DashboardView dataset={dataset} options={{ context: true }} />

        <section className="section your-data-section" aria-labelledby="your-data-title">
          <h2 id="your-data-title">Add your data</h2>
          <p>
            Have newer years, another publisher&apos;s figures or monthly data? Load a CSV to check it row by row and
            chart it next to the article&apos;s figures. It is read in this browser and kept here; nothing is uploaded
            anywhere.
          </p>
          <noscript>
            <p className="noscript-note">
              Loading your own data needs JavaScript, which is off in this browser. Everything else on this page works
              without it.
            </p>
          </noscript>
          <AddYourData />
          <UserCsvDownloads />
        </section>

        <section className="section" aria-labelledby="timeline-title">
          <h2 id="timeline-title">Timeline from the article</h2>
          <EventTimeline events={dataset.events} source={source} />
        </section>

        <section className="section" aria-labelledby="sources-title">
          <h2 id="sources-title">Data and sources</h2>
          <p>
            Every figure with its source and the exact words that support it. Where two publishers give different
            figures for one year, both are kept: trade statistics often disagree.
          </p>
          <SourcesTable dataset={dataset} source={source} />
          <UserDataTable />
          <div className="downloads-section">
            <h3>Downloads</h3>
            <ul className="downloads">
              {downloadNames
                .filter((name) => !name.startsWith('chart-') && name !== 'upload-template.csv')
                .map((name) => (
                  <li key={name}>
                    <DownloadLink file={name}>{attachmentName(name)}</DownloadLink>
                  </li>
                ))}
            </ul>
          </div>
        </section>

        <footer className="page-footer">
          {article ? (
            <p>
              Based on{' '}
              <a href={article.url} rel="noopener noreferrer">
                “{article.title}”
              </a>{' '}
              by {article.author}, {article.publisher}, {article.published}. All values are total bilateral trade
              turnover in current US dollars.
            </p>
          ) : null}
        </footer>
      </main>
    </div>
  );
}
