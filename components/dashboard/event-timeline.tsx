import { formatPartialDate } from '@/lib/format';
import type { Source, TradeEvent } from '@/lib/dataset/schema';

type Props = { events: TradeEvent[]; source: (sourceId: string) => Source; showBasis: boolean };

/** Where a date is not in the report's words, the timeline says where it was read. */
const DATE_FROM: Record<TradeEvent['date_from'], string | null> = {
  text: null,
  caption: 'date from a photo caption',
  address: 'date from the page’s web address',
};

/** The dated events, oldest first, each dated only as precisely as the source allows and says where. */
export function EventTimeline({ events, source, showBasis }: Props) {
  const ordered = [...events].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className="timeline">
      {ordered.map((event) => {
        const report = source(event.source_id);
        const dateFrom = DATE_FROM[event.date_from];
        return (
          <li
            key={`${event.date}-${event.title}`}
            className={`timeline-item category-${event.category}`}
            data-date={event.date}
            data-basis={event.basis}
          >
            <time dateTime={event.date} className="timeline-date">
              {formatPartialDate(event.date)}
              {dateFrom ? <span className="timeline-date-from">({dateFrom})</span> : null}
            </time>
            <div className="timeline-body">
              <p className="timeline-title">
                {event.title} <span className="tag">{event.category}</span>
                {showBasis && event.basis === 'context' ? <span className="tag tag-context">context</span> : null}
              </p>
              <blockquote className="quote" cite={report.url} lang={report.language}>
                <p>“{event.quote}”</p>
              </blockquote>
              {showBasis && event.basis === 'context' ? (
                <p className="timeline-source">
                  <a href={report.url} rel="noopener noreferrer">
                    {report.publisher}
                  </a>
                  {report.published ? `, ${report.published}` : ''}
                </p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
