'use client';

import { useEffect, useRef, useState } from 'react';
import { formatCount } from '@/lib/format';
import type { UploadProgress as Progress } from '@/lib/upload/parse';
import { skippedNote } from '@/lib/upload/notes';
import type { UploadReport as Report } from '@/lib/upload/report';
import { reserveSlot } from '@/lib/site/reserved-space';
import type { UserDataset } from '@/lib/upload/user-data';
import { DropZone } from './drop-zone';
import { LoadedDataStatus } from './loaded-data-status';
import { ReplaceConfirm } from './replace-confirm';
import { UploadProgress } from './upload-progress';
import { useUploadReader } from './use-upload-reader';
import { UploadReport } from './upload-report';
import { useUserData } from './use-user-data';
import { removeUserData, saveUserData, userDataSnapshot } from './user-data-store';

type State =
  | { step: 'idle'; message?: string }
  | { step: 'reading'; fileName: string; progress: Progress | null }
  | { step: 'report'; report: Report }
  | { step: 'confirm'; report: Report };

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
  const reader = useUploadReader();

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

  function start(file: File) {
    setState({ step: 'reading', fileName: file.name, progress: null });
    reader.read(file, {
      onProgress: (progress) => setState({ step: 'reading', fileName: file.name, progress }),
      onFailed: (detail) => setState({ step: 'idle', message: `${file.name} could not be read: ${detail}.` }),
      onReport: (report) => {
        if (report.issueCount > 0) setState({ step: 'report', report });
        // Asked of the store, not of this render: the answer comes after the reader may have loaded or removed data.
        else if (userDataSnapshot()) setState({ step: 'confirm', report });
        else void load(report);
      },
    });
  }

  function cancel() {
    if (state.step !== 'reading' || !reader.cancel()) return;
    setState({ step: 'idle', message: `Cancelled: ${state.fileName} was not loaded.` });
  }

  const reading = state.step === 'reading' ? state : null;

  return (
    <div className="add-your-data" {...reserveSlot('your-data')}>
      <DropZone disabled={Boolean(reading)} onFile={start} />

      {reading ? <UploadProgress fileName={reading.fileName} progress={reading.progress} onCancel={cancel} /> : null}

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
        <LoadedDataStatus
          loaded={loaded}
          // A replace question still open stays open: it now offers to load the new file.
          onRemove={() =>
            void removeUserData().then(() =>
              setState((now) => (now.step === 'confirm' ? now : { step: 'idle', message: 'Your data was removed.' })),
            )
          }
        />
      ) : null}
    </div>
  );
}
