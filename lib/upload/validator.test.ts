import { describe, it, expect } from 'vitest';
import { createUploadValidator } from './validator';

const HEADER = ['year', 'value_usd', 'publisher', 'source', 'note'];

describe('createUploadValidator', () => {
  it('gives each record its editor line, counting line breaks inside cells', () => {
    const validator = createUploadValidator('v.csv');
    validator.push(HEADER);
    validator.push(['2019', '1', 'A', '', 'two\nlines']);
    validator.push(['2020', 'x', 'A', '', '']);
    const report = validator.finish();
    // The second row starts on line 4: its first cell's line break moved it down.
    expect(report.issues.map((issue) => issue.line)).toEqual([4]);
    expect(report).toMatchObject({
      fileName: 'v.csv',
      rowCount: 2,
      acceptedRowCount: 1,
      rejectedRowCount: 1,
      issueCount: 1,
      ignoredColumns: [],
    });
  });

  it('refuses a record papaparse could not read with a format-error at its line, as a rejected row', () => {
    const validator = createUploadValidator('f.csv');
    validator.push(HEADER);
    validator.push(['2019', '1', 'A', '', '']);
    validator.pushMalformed(['2020', '1', 'A"', '', ''], 'Trailing quote on quoted field is malformed');
    const report = validator.finish();
    expect(report.issues).toEqual([
      {
        file: 'f.csv',
        line: 3,
        column: '',
        columnNumber: null,
        value: null,
        code: 'format-error',
        message:
          'The CSV cannot be read from here: Trailing quote on quoted field is malformed. Check that every opening quote has a closing quote.',
      },
    ]);
    expect(report).toMatchObject({ rowCount: 2, acceptedRowCount: 1, rejectedRowCount: 1, issueCount: 1 });
  });

  it('drops the one empty record papaparse gives for the newline that ends a file', () => {
    const validator = createUploadValidator('t.csv');
    validator.push(HEADER);
    validator.push(['2019', '1', 'A', '', '']);
    validator.push(['']);
    expect(validator.finish()).toMatchObject({ rowCount: 1, issueCount: 0 });
  });

  it('caps the issues it keeps at maxIssues and counts them all, in line order', () => {
    const validator = createUploadValidator('cap.csv', '\n', 3);
    validator.push(HEADER);
    for (let i = 0; i < 10; i += 1) validator.push(['2019', 'x', `P${i}`, '', '']);
    const report = validator.finish();
    expect(report.issueCount).toBe(10);
    expect(report.rejectedRowCount).toBe(10);
    expect(report.issues.map((i) => i.line)).toEqual([2, 3, 4]);
  });

  it('counts the rows refused by the year-and-months check as rejected, not accepted', () => {
    const validator = createUploadValidator('m.csv');
    validator.push(HEADER);
    validator.push(['2019-01', '5', 'A', '', '']);
    validator.push(['2019-02', '6', 'A', '', '']);
    validator.push(['2019', '100', 'A', '', '']);
    const report = validator.finish();
    expect(report).toMatchObject({ rowCount: 3, acceptedRowCount: 2, rejectedRowCount: 1, issueCount: 1 });
    expect(report.issues[0]).toMatchObject({ line: 4, code: 'constraint-error', column: 'year', value: '2019' });
    expect(report.figures).toEqual([
      { year: 2019, value_usd: 11, publisher: 'A', months: 2, source: undefined, note: undefined },
    ]);
  });

  it('with nothing pushed, reports an empty file at line 1', () => {
    const report = createUploadValidator('n.csv').finish();
    expect(report.issues).toEqual([expect.objectContaining({ line: 1, code: 'missing-label' })]);
    expect(report.issueCount).toBe(1);
  });
});
