'use client';

import { useId, useRef, useState } from 'react';

/** Long enough for the emptied status to render, and for screen readers to notice the change. */
const ANNOUNCE_GAP_MS = 150;

/** What the last click on Copy did, and to which code: a new choice makes a new code, and the old result goes. */
type Result = { code: string; copied: boolean };

/**
 * The embed code in a read-only box, and Copy. The outcome is said in a status
 * region, which screen readers announce: "Copied", or how to copy it by hand
 * where the browser refuses (the text is then selected).
 */
export function CopyCode({ code }: { code: string }) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [result, setResult] = useState<Result | null>(null);

  async function copy() {
    // A live region speaks only when its text changes: empty it first, so that a
    // second Copy is heard as "Copied" again rather than passing in silence.
    setResult(null);
    let copied = true;
    try {
      await navigator.clipboard.writeText(code);
    } catch {
      box.current?.select();
      copied = false;
    }
    await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_GAP_MS));
    setResult({ code, copied });
  }

  const status =
    result?.code !== code ? '' : result.copied ? 'Copied' : 'Press Ctrl+C (⌘C on a Mac) to copy the selected code';
  return (
    <div className="embed-code">
      <label htmlFor={id}>Embed code</label>
      <textarea
        id={id}
        ref={box}
        readOnly
        value={code}
        rows={5}
        spellCheck={false}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="embed-copy">
        <button type="button" onClick={() => void copy()}>
          Copy
        </button>
        <p role="status" className="embed-copy-status">
          {status}
        </p>
      </div>
    </div>
  );
}
