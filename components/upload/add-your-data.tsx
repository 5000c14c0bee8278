'use client';

import { useEffect, useRef, useState } from 'react';
import { formatCount } from '@/lib/format';
import type { FromUploadWorker, ToUploadWorker } from '@/lib/upload/messages';
import type { UploadProgress } from '@/lib/upload/parse';
import { skippedNote } from '@/lib/upload/notes';
import type { UploadReport as Report } from '@/lib/upload/report';
import type { UserDataset } from '@/lib/upload/user-data';
import { ReplaceConfirm } from './replace-confirm';
import { UploadReport } from './upload-report';
import { useUserData } from './use-user-data';
import { removeUserData, saveUserData } from './user-data-store';

type State =
  | { step: 'idle'; message?: string }
  | { step: 'reading'; fileName: string; progress: UploadProgress | null }
  | { step: 'report'; report: Report }
  | { step: 'confirm'; report: Report };

const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

function datasetOf(report: Report): UserDataset {
  return {
    fileName: report.fileName,
    loadedAt: new Date().toISOString(),
    rowCount: report.acceptedRowCount,
    figures: report.figures,
  };
}

/**
 * "Add your data": pick or drop a CSV; it is read and checked in a Web Worker,
 * with progress and Cancel; a clean file loads at once, a file with issues shows
 * them and loads nothing unless the user asks for the good rows.
 */
export function AddYourData() {
  const loaded = useUserData();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const worker = useRef<Worker | null>(null);
  // The worker's answer arrives in a closure made at upload time; this is the data loaded now.
  const loadedNow = useRef(loaded);
  loadedNow.current = loaded;

  // Once a question (replace? load the good rows?) is answered its buttons are gone: focus goes to the outcome.
  const message = useRef<HTMLParagraphElement>(null);
  const focusMessage = useRef(false);
  useEffect(() => {
    if (!focusMessage.current || state.step !== 'idle') return;
    focusMessage.current = false;
    message.current?.focus();
  }, [state]);
  const answer = (then: () => void) => () => {
    focusMessage.current = true;
    then();
  };

  async function load(report: Report) {
    try {
      await saveUserData(datasetOf(report));
      setState({
        step: 'idle',
        message: `Loaded ${formatCount(report.acceptedRowCount, 'row', 'rows')} from ${report.fileName}.${skippedNote(report)}`,
      });
    } catch (reason) {
      // Private windows and full disks refuse IndexedDB: say so rather than hang.
      setState({
        step: 'idle',
        message: `${report.fileName} was read but could not be kept in this browser (${reason instanceof Error ? reason.message : String(reason)}). Earlier data, if any, is unchanged.`,
      });
    }
  }

  function start(file: File, attempt = 0) {
    worker.current?.terminate();
    const next = new Worker(new URL('./upload.worker.ts', import.meta.url), { type: 'module' });
    worker.current = next;
    setState({ step: 'reading', fileName: file.name, progress: null });
    next.onmessage = (event: MessageEvent<FromUploadWorker>) => {
      if (worker.current !== next) return;
      const message = event.data;
      if (message.type === 'progress') setState({ step: 'reading', fileName: file.name, progress: message.progress });
      if (message.type === 'failed')
        setState({ step: 'idle', message: `${file.name} could not be read: ${message.message}` });
      if (message.type === 'done') {
        if (message.report.issueCount > 0) setState({ step: 'report', report: message.report });
        else if (loadedNow.current) setState({ step: 'confirm', report: message.report });
        else void load(message.report);
      }
      if (message.type !== 'progress') {
        next.terminate();
        if (worker.current === next) worker.current = null;
      }
    };
    const fail = (detail: string) => {
      next.terminate();
      // A worker already cancelled or replaced may still report its own ending: ignore it.
      if (worker.current !== next) return;
      worker.current = null;
      setState({ step: 'idle', message: `${file.name} could not be read: ${detail}. Nothing was loaded.` });
    };
    let answered = false;
    next.addEventListener('message', () => {
      answered = true;
    });
    next.onerror = (event) => {
      // A worker whose script did not load (a dropped connection) gets one more try.
      if (!answered && attempt === 0 && worker.current === next) {
        next.terminate();
        worker.current = null;
        start(file, 1);
        return;
      }
      fail(event.message || 'the reader stopped');
    };
    next.onmessageerror = () => fail('the reader sent an unreadable answer');
    next.postMessage({ type: 'start', file } satisfies ToUploadWorker);
  }

  function cancel() {
    // Stop at once: the worker may be in the middle of a chunk.
    const current = worker.current;
    if (!current || state.step !== 'reading') return;
    current.terminate();
    worker.current = null;
    setState({ step: 'idle', message: `Cancelled: ${state.fileName} was not loaded.` });
  }

  const reading = state.step === 'reading' ? state : null;
  const fraction = reading?.progress ? reading.progress.bytes / Math.max(1, reading.progress.totalBytes) : 0;

  return (
    <div className="add-your-data">
      <label
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer.files[0];
          if (file) start(file);
        }}
      >
        <span className="drop-zone-text">Drop a CSV file here, or choose one</span>
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          disabled={Boolean(reading)}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) start(file);
            event.target.value = '';
          }}
        />
      </label>
      <p className="muted">
        Columns: <code>year</code> (2019, or 2019-03 for a month), <code>value_usd</code> (whole US dollars),{' '}
        <code>publisher</code>, and optionally <code>source</code> and <code>note</code>.{' '}
        <a href="/data/upload-template.csv" download="russia-dprk-upload-template.csv">
          Download template
        </a>
        . Your file stays in this browser.
      </p>

      {reading ? (
        <div className="upload-progress">
          <progress max={1} value={fraction} aria-label={`Reading ${reading.fileName}`} />
          <span aria-hidden="true">
            Reading {reading.fileName}: {formatCount(reading.progress?.rows ?? 0, 'row', 'rows')} ·{' '}
            {percent.format(fraction)}
          </span>
          {/* Screen readers hear quarters, not every update. */}
          <span className="visually-hidden" role="status">
            Reading {reading.fileName}: {percent.format(Math.floor(fraction * 4) / 4)}
          </span>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      ) : null}

      {state.step === 'report' ? (
        <UploadReport
          report={state.report}
          replacing={loaded?.fileName}
          onLoadGood={answer(() => void load(state.report))}
          onDiscard={answer(() => setState({ step: 'idle', message: `${state.report.fileName} was not loaded.` }))}
        />
      ) : null}

      {state.step === 'confirm' ? (
        <ReplaceConfirm
          report={state.report}
          loaded={loaded}
          onReplace={answer(() => void load(state.report))}
          onKeep={answer(() =>
            setState({
              step: 'idle',
              message: `${state.report.fileName} was not loaded.${loaded ? ` Your data from ${loaded.fileName} is unchanged.` : ''}`,
            }),
          )}
        />
      ) : null}

      {state.step === 'idle' && state.message ? (
        <p role="status" className="upload-message" tabIndex={-1} ref={message}>
          {state.message}
        </p>
      ) : null}

      {loaded ? (
        <div className="user-data-status">
          <p>
            <strong>Your data: {loaded.fileName}</strong> · {formatCount(loaded.rowCount, 'row', 'rows')},{' '}
            {formatCount(loaded.figures.length, 'yearly figure', 'yearly figures')}. It is drawn in the trajectory chart
            and, for the target year, as bars; listed under Data and sources; and included in those two charts&rsquo;
            CSV downloads.
          </p>
          {/* A replace question still open stays open: it now offers to load the new file. */}
          <button
            type="button"
            onClick={() =>
              void removeUserData().then(() =>
                setState((now) => (now.step === 'confirm' ? now : { step: 'idle', message: 'Your data was removed.' })),
              )
            }
          >
            Remove your data
          </button>
        </div>
      ) : null}
    </div>
  );
}
