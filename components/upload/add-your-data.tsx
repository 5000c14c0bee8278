'use client';

import { lazy, Suspense, useEffect, useRef } from 'react';
import { reserveSlot } from '@/lib/site/reserved-space';
import { DropZone } from './drop-zone';
import { LoadedDataStatus } from './loaded-data-status';
import { ReadingSummary } from './reading-summary';
import { ReplaceConfirm } from './replace-confirm';
import { UploadProgress } from './upload-progress';
import { UploadReport } from './upload-report';
import { useUploadFlow, type FileRead } from './use-upload-flow';
import { useUserData } from './use-user-data';
import { removeUserData } from './user-data-store';

// Most files never need it: the column choices load (with zod, for the preview) only when a file does.
const MappingStep = lazy(() => import('./mapping-step').then((module) => ({ default: module.MappingStep })));

/**
 * "Add your data": pick or drop a file; it is read and checked in a Web Worker,
 * with progress and Cancel; a file with other columns asks which is which; a
 * clean file loads at once, a file with issues shows them and loads nothing
 * unless the user asks for the good rows.
 */
export function AddYourData() {
  const loaded = useUserData();
  const flow = useUploadFlow();
  const { state, setState } = flow;

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
  const notLoaded = (fileName: string) =>
    setState({
      step: 'idle',
      message: `${fileName} was not loaded.${loaded ? ` Your data from ${loaded.fileName} is unchanged.` : ''}`,
    });

  /** Back to the column step of a mapped file, its choices as they were made; none for other layouts. */
  const editColumns = (read: FileRead) => {
    const request = read.request;
    return request ? () => setState({ step: 'mapping', read, request }) : undefined;
  };

  const reading = state.step === 'reading' ? state : null;
  const justLoaded = state.step === 'idle' ? state.loaded : undefined;

  return (
    <div className="add-your-data" {...reserveSlot('your-data')}>
      <DropZone disabled={Boolean(reading)} onFile={flow.start} />

      {reading ? (
        <UploadProgress fileName={reading.fileName} progress={reading.progress} onCancel={flow.cancel} />
      ) : null}

      {state.step === 'mapping' ? (
        <Suspense fallback={<p role="status">Preparing the column choices…</p>}>
          <MappingStep
            key={state.request.key}
            request={state.request}
            initial={state.read.choices.mapping}
            onRead={(mapping) => flow.readWithColumns(state.read, state.request, mapping)}
            onReadAs={(encoding) => flow.readAs(state.read, encoding)}
            onCancel={answer(() => notLoaded(state.request.fileName))}
          />
        </Suspense>
      ) : null}

      {state.step === 'report' ? (
        <UploadReport
          report={state.report}
          replacing={loaded?.fileName}
          onLoadGood={answer(() => void flow.load(state.read, state.report))}
          onDiscard={answer(() => setState({ step: 'idle', message: `${state.report.fileName} was not loaded.` }))}
          onReadAs={(encoding) => flow.readAs(state.read, encoding)}
          onEditColumns={editColumns(state.read)}
        />
      ) : null}

      {state.step === 'confirm' ? (
        <ReplaceConfirm
          report={state.report}
          loaded={loaded}
          onReplace={answer(() => void flow.load(state.read, state.report))}
          onKeep={answer(() => notLoaded(state.report.fileName))}
        />
      ) : null}

      {state.step === 'idle' && state.message ? (
        <p role="status" className="upload-message" tabIndex={-1} ref={message}>
          {state.message}
        </p>
      ) : null}
      {justLoaded ? (
        <ReadingSummary
          report={justLoaded.report}
          onReadAs={(encoding) => flow.readAs(justLoaded.read, encoding, true)}
        />
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
