import { creditGroups, creditLine, outletOf, type Credit, type CreditGroup } from '@/lib/dataset/sources';
import { UserDataCredit } from './user-data-credit';

/**
 * `drawsUserData`: the chart draws the reader's own data when loaded, so it is credited too.
 * `linkTarget`: where the links open; an embed opens them in the window around its frame ('_top').
 */
type Props = { credits: Credit[]; note?: string; drawsUserData?: boolean; linkTarget?: '_top' };

/** One producer's credit: "KOTRA via CGTN, 2019-04-23", or with several outlets, each linked. */
function Group({ group, target }: { group: CreditGroup; target?: '_top' }) {
  const [only] = group.sources;
  if (group.sources.length === 1 && only) {
    return (
      <a href={only.url} rel="noopener noreferrer" target={target}>
        {creditLine(group.publisher, only)}
      </a>
    );
  }
  return (
    <>
      {group.publisher ? `${group.publisher} via ` : ''}
      {group.sources.map((source, index) => (
        <span key={source.source_id}>
          {index > 0 ? ', ' : ''}
          <a href={source.url} rel="noopener noreferrer" target={target}>
            {outletOf(source)}
          </a>
        </span>
      ))}
    </>
  );
}

/** "Source: KOTRA via CGTN, 2019-04-23": each distinct credit once, linked to the publication; many grouped by producer. */
export function SourceNote({ credits, note, drawsUserData = false, linkTarget }: Props) {
  const groups = creditGroups(credits);
  const many = groups.length > 1 || (groups[0]?.sources.length ?? 0) > 1;
  return (
    <p className="source-note">
      <span className="source-label">{many ? 'Sources: ' : 'Source: '}</span>
      {groups.map((group, index) => (
        <span key={`${group.publisher ?? ''}-${group.sources[0]?.source_id}`}>
          {index > 0 ? '; ' : ''}
          <Group group={group} target={linkTarget} />
        </span>
      ))}
      {drawsUserData ? <UserDataCredit /> : null}
      {note ? `. ${note}` : '.'}
    </p>
  );
}
