import type { LegacyEncoding } from '@/lib/upload/encoding/names';
import type { UploadReport } from '@/lib/upload/report';
import { EncodingChoice } from './encoding-choice';

type Props = { report: UploadReport; onReadAs?: (encoding: LegacyEncoding) => void };

/** How a file was read, in sentences (its encoding, rows left out and why), with a way to read it in another encoding when that was guessed. */
export function ReadingSummary({ report, onReadAs }: Props) {
  const reading = report.reading;
  if (!reading) return null;
  const guessed = reading.encoding.source === 'guessed' || reading.encoding.source === 'chosen';
  if (reading.notes.length === 0 && !guessed) return null;
  return (
    <div className="reading-summary">
      {reading.notes.length > 0 ? (
        <ul className="reading-notes" aria-label={`How ${report.fileName} was read`}>
          {reading.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {guessed && onReadAs ? <EncodingChoice current={reading.encoding.name} onReadAs={onReadAs} /> : null}
    </div>
  );
}
