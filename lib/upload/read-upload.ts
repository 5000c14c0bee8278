import { lineIssue, type ValidationIssue } from '../csv/issues';
import { createComtradeReader } from './comtrade/reader';
import { decodeUpload, isDecoded } from './encoding/decode';
import { encodingName, type EncodingUsed, type LegacyEncoding } from './encoding/names';
import { detectLayout } from './layout';
import { headerKey, mappingFor, type ColumnMapping } from './mapping/mapping';
import { mappedHeaderReader, mappedTable } from './mapping/row-schema';
import { suggestMapping, type MappingDraft } from './mapping/suggest';
import { parseRecords, parseUpload, type ParseUploadOptions } from './parse';
import { precheckUpload, SNIFF_BYTES } from './precheck';
import { encodingNote, unitNote } from './reading-notes';
import { mappingNote } from './mapping/note';
import { MAX_REPORTED_ISSUES, refusedReport, type Reading, type UploadReport } from './report';
import { readFileHead, type FileHead } from './sniff';
import { createTableValidator } from './validator';

/*
 * A reader's file, from its bytes to a report, as the upload worker reads it:
 * the checks before parsing, the encoding, the layout its header calls for
 * (our template, UN Comtrade's, or the reader's own columns), then the rows.
 * A file whose columns are not recognised asks for a mapping first.
 */

export type ReadChoices = {
  /** The reader's encoding for a file that is not UTF-8 (it replaces the guess). */
  encoding?: LegacyEncoding;
  /** The reader's columns for this file's header, as the mapping step made them. */
  mapping?: ColumnMapping;
  /** Mappings this browser remembers, by header key; checked here, as they come from storage. */
  remembered?: Record<string, unknown>;
};

/** What the mapping step needs: the file's first rows, a suggestion, and the choice remembered for this header. */
export type MappingRequest = {
  fileName: string;
  encoding: EncodingUsed;
  head: FileHead;
  key: string;
  suggestion: MappingDraft;
  remembered: ColumnMapping | null;
};

export type ReadOutcome = { kind: 'report'; report: UploadReport } | { kind: 'mapping'; request: MappingRequest };

/** Rows shown in the mapping step's preview. */
export const PREVIEW_ROWS = 5;

const refused = (fileName: string, issue: ValidationIssue): ReadOutcome => ({
  kind: 'report',
  report: refusedReport(fileName, issue),
});
const notes = (...sentences: (string | null)[]) => sentences.filter((s): s is string => s !== null);

export async function readUpload(
  bytes: Uint8Array,
  fileName: string,
  choices: ReadChoices = {},
  options: ParseUploadOptions = {},
): Promise<ReadOutcome> {
  const precheck = precheckUpload(fileName, bytes.length, bytes.subarray(0, SNIFF_BYTES));
  if (precheck) return refused(fileName, precheck);
  const decoded = decodeUpload(bytes, choices.encoding);
  if (!isDecoded(decoded)) {
    const name = encodingName(decoded.broken);
    return refused(
      fileName,
      lineIssue(
        fileName,
        decoded.line,
        'format-error',
        `The file is not ${name} text throughout (from this line on): save it again as "CSV UTF-8" and try again.`,
      ),
    );
  }
  const { text, encoding } = decoded;
  const head = readFileHead(text, PREVIEW_ROWS);
  const layout = detectLayout(head.labels);
  const reading = (rest: Omit<Reading, 'encoding'>): Reading => ({
    ...rest,
    encoding,
    notes: notes(encodingNote(encoding), ...rest.notes),
  });

  if (layout.kind === 'template') {
    const report = await parseUpload(text, fileName, options);
    return {
      kind: 'report',
      report: { ...report, reading: reading({ layout: 'template', notes: [], leftOutRowCount: 0 }) },
    };
  }
  if (layout.kind === 'comtrade') {
    const result = await parseRecords(text, (newline) => createComtradeReader(fileName, newline), options);
    const { notes: sentences, leftOutRowCount } = result;
    return {
      kind: 'report',
      report: { ...result.report, reading: reading({ layout: 'comtrade', notes: sentences, leftOutRowCount }) },
    };
  }
  if (layout.kind === 'comtrade-incomplete') {
    return refused(
      fileName,
      lineIssue(
        fileName,
        1,
        'missing-label',
        `This looks like a UN Comtrade file, but it has no ${layout.missing.join(', ')} column: download it again as CSV with all its columns.`,
      ),
    );
  }
  if (head.labels.length < 2) {
    return refused(
      fileName,
      lineIssue(
        fileName,
        1,
        'missing-label',
        `The first line has one column only: the file needs at least a year column and a value column, separated by commas, semicolons or tabs, or the header year,value_usd,publisher.`,
      ),
    );
  }
  const key = headerKey(head.labels);
  const mapping = mappingFor(head.labels.length, choices.mapping);
  if (!mapping) {
    const remembered = mappingFor(head.labels.length, choices.remembered?.[key]);
    return {
      kind: 'mapping',
      request: { fileName, encoding, head, key, suggestion: suggestMapping(head), remembered },
    };
  }
  const report = await parseRecords(
    text,
    (newline) =>
      createTableValidator(fileName, newline, MAX_REPORTED_ISSUES, {
        table: mappedTable(mapping),
        headerReader: mappedHeaderReader(mapping),
      }),
    options,
  );
  const sentences = notes(mappingNote(head.labels, mapping), unitNote(mapping.unit));
  return {
    kind: 'report',
    report: {
      ...report,
      reading: reading({ layout: 'mapped', notes: sentences, leftOutRowCount: 0, unit: mapping.unit }),
    },
  };
}
