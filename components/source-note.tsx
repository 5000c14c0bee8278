import type { Source } from '@/lib/schema';
import { creditLine } from '@/lib/sources';

type Props = { credits: { publisher?: string; source: Source }[]; note?: string };

/** "Source: KOTRA via CGTN, 2019-04-23": each distinct credit once, linked to the publication. */
export function SourceNote({ credits, note }: Props) {
  const seen = new Set<string>();
  const unique = credits.filter(({ publisher, source }) => {
    const key = creditLine(publisher, source);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
