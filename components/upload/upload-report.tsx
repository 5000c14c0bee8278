'use client';

import { formatCount } from '@/lib/format';
import { formatIssue } from '@/lib/csv/issues';
import { skippedNote } from '@/lib/upload/notes';
import type { LegacyEncoding } from '@/lib/upload/encoding/names';
import type { UploadReport as Report } from '@/lib/upload/report';
import { saveCsv, saveWorkbook } from '../site/save-file';
import { ReadingSummary } from './reading-summary';

/**
 * `replacing`: the file name of the data already loaded, which loading the good rows replaces.
 * `onReadAs`, `onEditColumns`: read the file again in another encoding, or with other columns.
 */
type Props = {
  report: Report;
  replacing?: string;
  onLoadGood: () => void;
  onDiscard: () => void;
  onReadAs?: (encoding: LegacyEncoding) => void;
  onEditColumns?: () => void;
};

const grouped = new Intl.NumberFormat('en-GB');

/** The report as CSV or Excel; the writers load when one is asked for, not with the page. */
async function downloadIssues(report: Report, format: 'csv' | 'xlsx') {
  const [{ writeCsvTable }, { reportTable, reportCitations, reportFileBase, REPORT_OVERRIDES }] = await Promise.all([
    import('@/lib/csv/write'),
    import('@/lib/upload/report-table'),
  ]);
  const table = reportTable(report);
  const name = `${reportFileBase(report)}.${format}`;
  if (format === 'csv') saveCsv(writeCsvTable(table), name);
  else await saveWorkbook(table, { citations: reportCitations(report), overrides: REPORT_OVERRIDES }, name);
}

/**
 * What is wrong with a file, line by line, and what the user can do about it.
 * Nothing is loaded until they choose; every value is shown as text, never as HTML.
 */
export function UploadReport({ report, replacing, onLoadGood, onDiscard, onReadAs, onEditColumns }: Props) {
  const shown = report.issues.length;
  return (
    <div className="upload-report" role="region" aria-label={`Validation report for ${report.fileName}`}>
      <p className="upload-summary" role="alert">
        <strong>{report.fileName}</strong>:{' '}
        {report.rowCount === 0
          ? // Refused before any row was read (the header, the size, the encoding): row counts would only mislead.
            `${formatCount(report.issueCount, 'issue', 'issues')}; no rows were read.`
          : `${formatCount(report.issueCount, 'issue', 'issues')} in ${formatCount(report.rowCount, 'row', 'rows')}. ${formatCount(report.acceptedRowCount, 'row', 'rows')} can be loaded, ${grouped.format(report.rejectedRowCount)} cannot.`}
        {skippedNote(report)}
        {report.issueCount > shown ? ` The first ${grouped.format(shown)} issues are listed.` : ''} Nothing has been
        loaded yet.
      </p>
      <ReadingSummary report={report} onReadAs={onReadAs} />
      {report.ignoredColumns.length > 0 ? (
        <p className="muted">Columns not used: {report.ignoredColumns.join(', ')}.</p>
      ) : null}
      <div className="upload-actions">
        {report.acceptedRowCount > 0 ? (
          <button type="button" onClick={onLoadGood}>
            Load the {formatCount(report.acceptedRowCount, 'good row', 'good rows')} only
            {replacing ? `, replacing ${replacing}` : ''}
          </button>
        ) : null}
        {onEditColumns ? (
          <button type="button" onClick={onEditColumns}>
            Change the column choices
          </button>
        ) : null}
        <button type="button" onClick={() => void downloadIssues(report, 'csv')}>
          Download report (CSV)
        </button>
        <button type="button" onClick={() => void downloadIssues(report, 'xlsx')}>
          Download report (Excel)
        </button>
        <button type="button" onClick={onDiscard}>
          Discard this file
        </button>
      </div>
      <div className="table-scroll issues-scroll" tabIndex={0} role="region" aria-label="Issues, line by line">
        <table className="issues-table">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
              <th scope="col">Value</th>
              <th scope="col">What to do</th>
            </tr>
          </thead>
          <tbody>
            {report.issues.map((issue, index) => (
              <tr
                key={`${issue.line}-${issue.columnNumber}-${index}`}
                data-line={issue.line}
                data-code={issue.code}
                title={formatIssue(issue)}
              >
                <td className="num" data-label="Line">
                  {issue.line}
                </td>
                <td data-label="Column">
                  {issue.column}
                  {issue.columnNumber ? ` (${issue.columnNumber})` : ''}
                </td>
                <td data-label="Problem">
                  <code>{issue.code}</code>
                </td>
                {/* Quoted (in CSS), spaces kept: a leading space is a reason for an issue and must show. */}
                <td className="issue-value" data-label="Value">
                  {issue.value === null ? null : <span className="quoted">{issue.value}</span>}
                </td>
                <td data-label="What to do">{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
