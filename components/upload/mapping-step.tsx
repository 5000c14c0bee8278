'use client';

import { useEffect, useRef, useState } from 'react';
import type { LegacyEncoding } from '@/lib/upload/encoding/names';
import type { ColumnMapping } from '@/lib/upload/mapping/mapping';
import { previewRows } from '@/lib/upload/mapping/preview';
import type { MappingDraft } from '@/lib/upload/mapping/suggest';
import type { MappingRequest } from '@/lib/upload/read-upload';
import { encodingNote } from '@/lib/upload/reading-notes';
import { EncodingChoice } from './encoding-choice';
import { MappingFields } from './mapping-fields';
import { MappingPreview } from './mapping-preview';

type Props = {
  request: MappingRequest;
  /** The choices to start from: the last ones for this file, else those remembered or suggested. */
  initial?: ColumnMapping;
  onRead: (mapping: ColumnMapping) => void;
  onReadAs: (encoding: LegacyEncoding) => void;
  onCancel: () => void;
};

/** What is wrong with a draft before it can be read: a publisher to type, or one column for two things. */
function problemOf(draft: MappingDraft): string | null {
  if ('name' in draft.publisher && draft.publisher.name.trim() === '')
    return 'Type who published the figures, or choose the column that says it.';
  return null;
}

/**
 * "Which column is which", for a file whose header is neither our template nor
 * UN Comtrade's: a labelled select per choice, a preview of the first rows as
 * they will be read, then Read the file. Loaded only when such a file comes.
 */
export function MappingStep({ request, initial, onRead, onReadAs, onCancel }: Props) {
  const [draft, setDraft] = useState<MappingDraft>(initial ?? request.remembered ?? request.suggestion);
  const [nameError, setNameError] = useState<string | null>(null);
  const region = useRef<HTMLFormElement>(null);
  // Keyboard and screen-reader users land on the question, as with the replace question.
  useEffect(() => region.current?.focus(), []);
  const encoding = encodingNote(request.encoding);
  const guessed = request.encoding.source === 'guessed' || request.encoding.source === 'chosen';
  const sameColumn = draft.period === draft.value;

  return (
    <form
      className="upload-mapping"
      aria-labelledby="upload-mapping-title"
      tabIndex={-1}
      ref={region}
      onSubmit={(event) => {
        event.preventDefault();
        const problem = problemOf(draft);
        setNameError(problem);
        if (!problem && !sameColumn)
          onRead({
            ...draft,
            ...('name' in draft.publisher ? { publisher: { name: draft.publisher.name.trim() } } : {}),
          });
      }}
    >
      <h3 id="upload-mapping-title">Which column is which in {request.fileName}?</h3>
      <p>
        {request.remembered && !initial
          ? 'Filled in with the choices you made for a file with this header. Check the rows below, then read the file.'
          : 'Its header is neither the template’s (year, value_usd, publisher) nor a UN Comtrade export’s. Say what each column holds; the rows below show how the file will be read.'}
      </p>
      {encoding ? <p>{encoding}</p> : null}
      {guessed ? <EncodingChoice current={request.encoding.name} onReadAs={onReadAs} /> : null}
      <MappingFields labels={request.head.labels} draft={draft} onChange={setDraft} nameError={nameError} />
      {sameColumn ? (
        <p className="mapping-error" role="alert">
          The period and the value are one column: choose a different column for each.
        </p>
      ) : null}
      <MappingPreview rows={previewRows(request.head, draft)} fileName={request.fileName} />
      <div className="upload-actions">
        <button type="submit" aria-disabled={sameColumn || undefined}>
          Read the file
        </button>
        <button type="button" onClick={onCancel}>
          Do not load it
        </button>
      </div>
    </form>
  );
}
