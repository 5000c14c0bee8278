import { creditLine, uniqueCredits, type Credit } from '@/lib/dataset/sources';
import { UserDataCredit } from './user-data-credit';

/** `drawsUserData`: the chart draws the reader's own data when loaded, so it is credited too. */
type Props = { credits: Credit[]; note?: string; drawsUserData?: boolean };

/** "Source: KOTRA via CGTN, 2019-04-23": each distinct credit once, linked to the publication. */
export function SourceNote({ credits, note, drawsUserData = false }: Props) {
  const unique = uniqueCredits(credits);
  return (
    <p className="source-note">
      <span className="source-label">{unique.length > 1 ? 'Sources: ' : 'Source: '}</span>
      {unique.map(({ publisher, source }, index) => (
        <span key={creditLine(publisher, source)}>
          {index > 0 ? '; ' : ''}
          <a href={source.url} rel="noopener noreferrer">
            {creditLine(publisher, source)}
          </a>
        </span>
      ))}
      {drawsUserData ? <UserDataCredit /> : null}
      {note ? `. ${note}` : '.'}
    </p>
  );
}
