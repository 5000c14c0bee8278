import type { AfterTargetYear } from '@/lib/dataset/after-target';
import type { Source } from '@/lib/dataset/schema';
import { formatPartialDate } from '@/lib/format';
import { CitedTextView } from '../site/cited-text';

type Props = { story: AfterTargetYear; source: (sourceId: string) => Source };

/**
 * What happened once the year of the targets came: the figures year by year,
 * gaps said as gaps, and the events since, each with its report. Context view only.
 */
export function AfterTargetYearSection({ story, source }: Props) {
  return (
    <section className="section after-target" aria-labelledby="after-target-title" id="after-target-year">
      <h2 id="after-target-title">After the target year</h2>
      {story.years.map(({ year, text }) => (
        <p key={year} data-year={year}>
          <CitedTextView text={text} />
        </p>
      ))}
      <p className="after-target-closing">{story.closing}</p>
      {story.events.length > 0 ? (
        <>
          <h3>Since {story.targetYear}</h3>
          <ul className="after-target-events">
            {story.events.map((event) => {
              const report = source(event.source_id);
              return (
                <li key={`${event.date}-${event.title}`} data-date={event.date}>
                  <time dateTime={event.date}>{formatPartialDate(event.date)}</time>: {event.title} (
                  <a href={report.url} rel="noopener noreferrer">
                    {report.publisher.replace(/\s*\(.*\)$/, '')}
                  </a>
                  )
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
