import { LATEST_YEAR } from './schema';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { ISSUE_CODES } from '../csv/issues';
import { parseUpload } from './parse';
import { MAX_REPORTED_ISSUES, type UploadReport } from './report';

/*
 * Property tests for the upload pipeline (issue 4): generated and mutated CSVs
 * never make parseUpload throw, every rejected row has an issue with a line
 * number inside the file, and valid generated files are accepted whole with
 * their values added up exactly.
 */

// ---------------------------------------------------------------------------
// Arbitraries

/** Characters that matter to a CSV reader, plus letters, digits, non-ASCII and odd code points. */
const CSV_CHARS = [
  ',',
  ';',
  '\t',
  '"',
  '\r',
  '\n',
  ' ',
  'a',
  'Z',
  '0',
  '1',
  '9',
  '-',
  '.',
  '$',
  'm',
  'é',
  'ж',
  '조',
  '😀',
  '\uFEFF',
  '\u0000',
  '\u2028',
  '<',
  '>',
];
const csvChar = fc.constantFrom(...CSV_CHARS);

/** Any cell text: mostly CSV-significant characters, sometimes arbitrary UTF-16 (lone surrogates included). */
const anyCell = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: csvChar, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('', '2019', '2019-03', '1800', '84m', '"84,000,000"', '-5', '12345', 'KOTRA'),
  },
);

const LABELS = ['year', 'value_usd', 'publisher', 'source', 'note'];
/** A header label: a known one (in any case, maybe padded), or anything. */
const anyLabel = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...LABELS), fc.boolean(), fc.constantFrom('', ' ', '  '))
      .map(([l, upper, pad]) => `${pad}${upper ? l.toUpperCase() : l}${pad}`),
  },
  { weight: 1, arbitrary: anyCell },
);

const delimiter = fc.constantFrom(',', ';', '\t');
const newline = fc.constantFrom('\n', '\r\n', '\r');

/** Writes one cell, quoting it (or not) whatever it holds: the result may be malformed on purpose. */
const writtenCell = (cell: string, quote: boolean) => (quote ? `"${cell.replaceAll('"', '""')}"` : cell);

/** A CSV text built from random header and rows, with random quoting, delimiter, line ends, BOM and final newline. */
const generatedCsv = fc
  .record({
    header: fc.array(anyLabel, { minLength: 0, maxLength: 7 }),
    rows: fc.array(fc.array(fc.tuple(anyCell, fc.boolean()), { minLength: 0, maxLength: 7 }), { maxLength: 12 }),
    delimiter,
    newline,
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ header, rows, delimiter: d, newline: nl, bom, finalNewline }) => {
    const lines = [
      header.join(d),
      ...rows.map((cells) => cells.map(([cell, quote]) => writtenCell(cell, quote)).join(d)),
    ];
    return `${bom ? '\uFEFF' : ''}${lines.join(nl)}${finalNewline ? nl : ''}`;
  });

/** Any text at all, from the CSV character set or arbitrary UTF-16. */
const rawText = fc.oneof(fc.string({ unit: csvChar, maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

type Group = { year: number; publisher: string; months: number[] | null; values: number[] };

const PUBLISHER_CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const publisher = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...PUBLISHER_CHARS), minLength: 1, maxLength: 10 }),
    fc.option(fc.string({ unit: fc.constantFrom(...PUBLISHER_CHARS), minLength: 1, maxLength: 8 }), { nil: undefined }),
  )
  .map(([a, b]) => (b === undefined ? a : `${a} ${b}`));
/** Whole dollars, small enough that any sum of a file stays a safe integer. */
const dollars = fc.integer({ min: 0, max: 1_000_000_000_000 });
/** Free text for the note: the delimiter, quotes, line breaks and markup, quoted as a CSV writer would. */
const note = fc.option(
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'DELIM', '"', '\n', '<', '>', 'é', '&'), maxLength: 12 }),
  { nil: undefined },
);

/** One (year, publisher): a yearly total, or some distinct months of that year. */
const group = fc
  .record({
    year: fc.integer({ min: 1990, max: LATEST_YEAR }),
    publisher,
    months: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }), { nil: null }),
  })
  .chain(({ year, publisher: p, months }) =>
    fc
      .array(dollars, { minLength: months?.length ?? 1, maxLength: months?.length ?? 1 })
      .map((values): Group => ({ year, publisher: p, months, values })),
  );

type ValidFile = { text: string; groups: Group[]; rowCount: number; total: number };

/** A valid upload: unique (year, publisher) groups, columns in any order, labels in any case, optional columns left out or not. */
const validFile = fc
  .record({
    groups: fc.uniqueArray(group, { minLength: 1, maxLength: 25, selector: (g) => `${g.year}\u0000${g.publisher}` }),
    notes: fc.array(note, { maxLength: 300 }),
    order: fc.shuffledSubarray(['source', 'note'], { minLength: 0, maxLength: 2 }),
    columnPermutation: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
    labelCase: fc.array(fc.constantFrom('lower', 'upper', 'padded'), { minLength: 5, maxLength: 5 }),
    delimiter,
    newline: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    shuffle: fc.array(fc.nat(), { maxLength: 300 }),
    finalNewline: fc.boolean(),
  })
  .map(
    ({
      groups,
      notes,
      order,
      columnPermutation,
      labelCase,
      delimiter: d,
      newline: nl,
      bom,
      shuffle,
      finalNewline,
    }): ValidFile => {
      const rows: Record<string, string>[] = [];
      for (const g of groups) {
        g.values.forEach((value, i) => {
          const month = g.months?.[i];
          const period = month === undefined ? String(g.year) : `${g.year}-${String(month).padStart(2, '0')}`;
          // DELIM in a note is the file's own delimiter. The other two delimiters are kept
          // out: papaparse's guess can take one of them when it directly precedes a quote in
          // a small file (a known bug, tested in upload-parse.test.ts), and this property is
          // about adding up, not about delimiter detection.
          const text = (notes[rows.length] ?? '').replaceAll('DELIM', d);
          rows.push({
            year: period,
            value_usd: String(value),
            publisher: g.publisher,
            source: `https://example.org/${g.year}`,
            note: text,
          });
        });
      }
      // Shuffle the rows (Fisher–Yates from generated numbers): months need not be together.
      for (let i = rows.length - 1; i > 0; i -= 1) {
        const j = (shuffle[i] ?? 0) % (i + 1);
        const a = rows[i];
        const b = rows[j];
        if (a && b) [rows[i], rows[j]] = [b, a];
      }
      const columns = ['year', 'value_usd', 'publisher', ...order];
      // Put the columns in a generated order.
      const ordered = columns
        .map((c, i) => ({ c, k: columnPermutation[i] ?? 0 }))
        .sort((x, y) => x.k - y.k)
        .map((x) => x.c);
      const label = (c: string, i: number) => {
        const how = labelCase[i] ?? 'lower';
        return how === 'upper' ? c.toUpperCase() : how === 'padded' ? ` ${c} ` : c;
      };
      const needsQuotes = (v: string) => v.includes(d) || v.includes('"') || v.includes('\n') || v.includes('\r');
      const cell = (v: string) => (needsQuotes(v) ? `"${v.replaceAll('"', '""')}"` : v);
      const lines = [
        ordered.map(label).map(cell).join(d),
        ...rows.map((r) => ordered.map((c) => cell(r[c] ?? '')).join(d)),
      ];
      const total = groups.reduce((sum, g) => sum + g.values.reduce((s, v) => s + v, 0), 0);
      return {
        text: `${bom ? '\uFEFF' : ''}${lines.join(nl)}${finalNewline ? nl : ''}`,
        groups,
        rowCount: rows.length,
        total,
      };
    },
  );

type Mutation = { kind: 'delete' | 'duplicate' | 'insert'; at: number; length: number; char: string };
const mutation = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'insert'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 20 }),
  char: csvChar,
}) as fc.Arbitrary<Mutation>;

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length);
    else if (m.kind === 'duplicate')
      out = out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length);
    else out = out.slice(0, at) + m.char + out.slice(at);
  }
  return out;
}

/** A valid file with 1 to 8 random deletions, duplications and insertions. */
const mutatedFile = fc
  .tuple(validFile, fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([file, mutations]) => mutate(file.text, mutations));

// ---------------------------------------------------------------------------
// Checks

async function parse(text: string, chunkSize?: number): Promise<UploadReport> {
  return parseUpload(text, 'generated.csv', chunkSize === undefined ? {} : { chunkSize });
}

/** Lines as an editor counts them: CRLF, CR and LF each end one. */
const editorLineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/** What every report must satisfy, whatever the input. */
function expectWellFormedReport(text: string, report: UploadReport) {
  expect(typeof report).toBe('object');
  expect(Number.isInteger(report.rowCount) && report.rowCount >= 0).toBe(true);
  expect(report.acceptedRowCount + report.rejectedRowCount).toBe(report.rowCount);
  expect(report.acceptedRowCount).toBeGreaterThanOrEqual(0);
  expect(report.issues.length).toBe(Math.min(report.issueCount, MAX_REPORTED_ISSUES));
  const lastLine = editorLineCount(text) + 1;
  for (const issue of report.issues) {
    expect(Object.keys(issue).sort()).toEqual(['code', 'column', 'columnNumber', 'file', 'line', 'message', 'value']);
    expect(ISSUE_CODES).toContain(issue.code);
    expect(typeof issue.message === 'string' && issue.message.length > 0).toBe(true);
    expect(issue.columnNumber === null || (Number.isInteger(issue.columnNumber) && issue.columnNumber > 0)).toBe(true);
    expect(Number.isInteger(issue.line)).toBe(true);
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.line).toBeLessThanOrEqual(lastLine);
  }
  // Every rejected row has an issue on its own line.
  if (report.issueCount <= MAX_REPORTED_ISSUES) {
    expect(report.rejectedRowCount).toBeLessThanOrEqual(new Set(report.issues.map((i) => i.line)).size);
  }
  // Nothing accepted when nothing was read, and issues exactly when something is wrong.
  expect(report.figures.length).toBeLessThanOrEqual(report.acceptedRowCount);
  if (report.rejectedRowCount > 0) expect(report.issueCount).toBeGreaterThan(0);
}

// ---------------------------------------------------------------------------
// Properties

/** Generous: thousands of runs, and the machine may be busy with other test files. */
const PROPERTY_TIMEOUT = 120_000;

describe('parseUpload never throws', () => {
  it(
    'on generated CSV texts (random headers and cells, quotes, delimiters, line ends, BOM)',
    async () => {
      await fc.assert(
        fc.asyncProperty(generatedCsv, async (text) => {
          await expect(parseUpload(text, 'generated.csv')).resolves.toEqual(
            expect.objectContaining({ fileName: 'generated.csv' }),
          );
        }),
        { numRuns: 1500 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'on arbitrary text',
    async () => {
      await fc.assert(
        fc.asyncProperty(rawText, async (text) => {
          await expect(parseUpload(text, 'generated.csv')).resolves.toEqual(
            expect.objectContaining({ fileName: 'generated.csv' }),
          );
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'on valid files with random deletions, duplications and insertions',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedFile, async (text) => {
          await expect(parseUpload(text, 'generated.csv')).resolves.toEqual(
            expect.objectContaining({ fileName: 'generated.csv' }),
          );
        }),
        { numRuns: 1500 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('every rejected row has an issue with a line number inside the file', () => {
  it(
    'for generated CSV texts',
    async () => {
      await fc.assert(
        fc.asyncProperty(generatedCsv, async (text) => {
          expectWellFormedReport(text, await parse(text));
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'for mutated valid files',
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedFile, async (text) => {
          expectWellFormedReport(text, await parse(text));
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'for arbitrary text',
    async () => {
      await fc.assert(
        fc.asyncProperty(rawText, async (text) => {
          expectWellFormedReport(text, await parse(text));
        }),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('valid generated files', () => {
  it(
    'are accepted whole, and the figures add up to the input values',
    async () => {
      await fc.assert(
        fc.asyncProperty(validFile, async ({ text, groups, rowCount, total }) => {
          const report = await parse(text);
          expect(report.issues).toEqual([]);
          expect(report.issueCount).toBe(0);
          expect(report.rowCount).toBe(rowCount);
          expect(report.acceptedRowCount).toBe(rowCount);
          expect(report.rejectedRowCount).toBe(0);
          expect(report.ignoredColumns).toEqual([]);
          expect(report.figures.reduce((sum, f) => sum + f.value_usd, 0)).toBe(total);
          // One figure per (year, publisher), with its months counted.
          expect(report.figures.length).toBe(groups.length);
          for (const g of groups) {
            const f = report.figures.find((x) => x.year === g.year && x.publisher === g.publisher);
            expect(f).toMatchObject({ value_usd: g.values.reduce((s, v) => s + v, 0), months: g.months?.length ?? 0 });
          }
        }),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'give the same report whatever the chunk size',
    async () => {
      await fc.assert(
        fc.asyncProperty(validFile, fc.integer({ min: 256, max: 4096 }), async ({ text }, chunkSize) => {
          expect(await parse(text, chunkSize)).toEqual(await parse(text));
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
