import { formatPartialDate } from '@/lib/format';
import type { Source, TradeEvent } from '@/lib/dataset/schema';

type Props = { events: TradeEvent[]; source: (sourceId: string) => Source };

/** The article's dated events, oldest first, each dated only as precisely as the source allows. */
export function EventTimeline({ events, source }: Props) {
  const ordered = [...events].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className="timeline">
      {ordered.map((event) => (
        <li
          key={`${event.date}-${event.title}`}
          className={`timeline-item category-${event.category}`}
          data-date={event.date}
        >
          <time dateTime={event.date} className="timeline-date">
            {formatPartialDate(event.date)}
          </time>
          <div className="timeline-body">
            <p className="timeline-title">
              {event.title} <span className="tag">{event.category}</span>
            </p>
            <blockquote className="quote" cite={source(event.source_id).url}>
              <p>“{event.quote}”</p>
            </blockquote>
          </div>
        </li>
      ))}
    </ol>
  );
}
