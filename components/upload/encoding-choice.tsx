'use client';

import { useId, useState } from 'react';
import {
  encodingName,
  LEGACY_ENCODINGS,
  type LegacyEncoding,
  type TextEncodingName,
} from '@/lib/upload/encoding/names';

type Props = { current: TextEncodingName; onReadAs: (encoding: LegacyEncoding) => void };

/**
 * Read the file again in another code page, when its encoding was guessed: the
 * choice takes effect on the button, not on the select, so that moving through
 * the options from the keyboard does not read the file at every step.
 */
export function EncodingChoice({ current, onReadAs }: Props) {
  const [choice, setChoice] = useState<LegacyEncoding>(
    LEGACY_ENCODINGS.find((encoding) => encoding !== current) ?? 'windows-1252',
  );
  const id = useId();
  return (
    <div className="encoding-choice">
      <label htmlFor={id}>Letters look wrong? Read the file as</label>
      <select id={id} value={choice} onChange={(event) => setChoice(event.target.value as LegacyEncoding)}>
        {LEGACY_ENCODINGS.map((encoding) => (
          <option key={encoding} value={encoding}>
            {encodingName(encoding)}
          </option>
        ))}
      </select>
      <button type="button" disabled={choice === current} onClick={() => onReadAs(choice)}>
        Read it again
      </button>
    </div>
  );
}
