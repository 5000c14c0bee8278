'use client';

import { useState } from 'react';
import { formatCount } from '@/lib/format';
import type { LegacyEncoding } from '@/lib/upload/encoding/names';
import type { ColumnMapping } from '@/lib/upload/mapping/mapping';
import { leftOutNote, skippedNote } from '@/lib/upload/notes';
import type { UploadProgress as Progress } from '@/lib/upload/parse';
import type { MappingRequest, ReadChoices } from '@/lib/upload/read-upload';
import type { UploadReport as Report } from '@/lib/upload/report';
import type { UserDataset } from '@/lib/upload/user-data';
import { rememberedMappings, rememberMapping } from './mapping-memory';
import { useUploadReader } from './use-upload-reader';
import { saveUserData, userDataSnapshot } from './user-data-store';

/** A file and the choices it was read with, kept to read it again another way (encoding, columns). */
export type FileRead = { file: File; choices: ReadChoices; request?: MappingRequest };

export type UploadState =
  | { step: 'idle'; message?: string; loaded?: { read: FileRead; report: Report } }
  | { step: 'reading'; fileName: string; progress: Progress | null }
  | { step: 'mapping'; read: FileRead; request: MappingRequest }
  | { step: 'report'; read: FileRead; report: Report }
  | { step: 'confirm'; read: FileRead; report: Report };

function datasetOf(report: Report): UserDataset {
  const unit = report.reading?.unit;
  return {
    fileName: report.fileName,
    loadedAt: new Date().toISOString(),
    rowCount: report.acceptedRowCount,
    figures: report.figures,
    ...(unit === 'thousand' || unit === 'million' ? { unit } : {}),
  };
}

/**
 * The steps of "Add your data": read a file in the worker (progress, Cancel),
 * ask which column is which when the header is not known, then load at once, ask
 * before replacing, or show the issues. A file can be read again with another
 * encoding or other columns; nothing loaded is replaced until the reader says so.
 */
export function useUploadFlow() {
  const [state, setState] = useState<UploadState>({ step: 'idle' });
  const reader = useUploadReader();

  async function load(read: FileRead, report: Report) {
    try {
      await saveUserData(datasetOf(report));
      const message = `Loaded ${formatCount(report.acceptedRowCount, 'row', 'rows')} from ${report.fileName}.${skippedNote(report)}${leftOutNote(report)}`;
      setState({ step: 'idle', message, loaded: { read, report } });
    } catch (reason) {
      // Private windows and full disks refuse IndexedDB: say so rather than hang.
      setState({
        step: 'idle',
        message: `${report.fileName} was read but could not be kept in this browser (${reason instanceof Error ? reason.message : String(reason)}). Earlier data, if any, is unchanged.`,
      });
    }
  }

  /** `again`: the file loaded now, read another way; it replaces itself without asking. */
  function read(file: File, choices: ReadChoices, request?: MappingRequest, again = false) {
    const fileRead: FileRead = { file, choices, request };
    setState({ step: 'reading', fileName: file.name, progress: null });
    reader.read(file, choices, {
      onProgress: (progress) => setState({ step: 'reading', fileName: file.name, progress }),
      onFailed: (detail) => setState({ step: 'idle', message: `${file.name} could not be read: ${detail}.` }),
      onMapping: (next) => setState({ step: 'mapping', read: { file, choices, request: next }, request: next }),
      onReport: (report) => {
        if (report.issueCount > 0) setState({ step: 'report', read: fileRead, report });
        // Asked of the store, not of this render: the answer comes after the reader may have loaded or removed data.
        else if (userDataSnapshot() && !(again && userDataSnapshot()?.fileName === file.name))
          setState({ step: 'confirm', read: fileRead, report });
        else void load(fileRead, report);
      },
    });
  }

  return {
    state,
    setState,
    load,
    start: (file: File) => read(file, { remembered: rememberedMappings() }),
    /** Read the same file again in another encoding; `again` when it is the data loaded now. */
    readAs: (fileRead: FileRead, encoding: LegacyEncoding, again = false) =>
      read(fileRead.file, { ...fileRead.choices, encoding, mapping: undefined }, undefined, again),
    /** The reader's columns: remembered for this header, then the file is read with them. */
    readWithColumns: (fileRead: FileRead, request: MappingRequest, mapping: ColumnMapping) => {
      rememberMapping(request.key, mapping);
      read(fileRead.file, { ...fileRead.choices, mapping }, request);
    },
    cancel(): boolean {
      if (state.step !== 'reading' || !reader.cancel()) return false;
      setState({ step: 'idle', message: `Cancelled: ${state.fileName} was not loaded.` });
      return true;
    },
  };
}
