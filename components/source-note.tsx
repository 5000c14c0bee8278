import { creditLine, uniqueCredits, type Credit } from '@/lib/sources';

type Props = { credits: Credit[]; note?: string };

/** "Source: KOTRA via CGTN, 2019-04-23": each distinct credit once, linked to the publication. */
export function SourceNote({ credits, note }: Props) {
  const unique = uniqueCredits(credits);
  return (
    <p className="source-note">
      <span className="source-label">{unique.length > 1 ? 'Sources: ' : 'Source: '}</span>
      {unique.map(({ publisher, source }, index) => (
        <span key={creditLine(publisher, source)}>
          {index > 0 ? '; ' : ''}
          <a href={source.url} rel="noopener noreferrer">{creditLine(publisher, source)}</a>
        </span>
      ))}
      {note ? `. ${note}` : '.'}
    </p>
  );
}
