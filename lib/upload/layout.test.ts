import { describe, expect, it } from 'vitest';
import { COMTRADE_HEADER } from './comtrade/sample';
import { detectLayout } from './layout';
import { readUpload } from './read-upload';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectLayout', () => {
  it('knows the template whatever the case, spaces and punctuation of its labels', () => {
    expect(detectLayout(['Year', 'Value (USD)', 'PUBLISHER', 'note'])).toEqual({ kind: 'template' });
  });

  it('knows a UN Comtrade export by its own labels, in any order and case', () => {
    const shuffled = [...COMTRADE_HEADER].reverse().map((label, i) => (i % 2 ? label.toUpperCase() : label));
    expect(detectLayout(shuffled)).toEqual({ kind: 'comtrade' });
  });

  it('says which columns a Comtrade file lacks, and leaves any other header to the reader', () => {
    const without = COMTRADE_HEADER.filter((label) => !['primaryValue', 'partnerISO', 'partnerCode'].includes(label));
    expect(detectLayout(without)).toEqual({
      kind: 'comtrade-incomplete',
      missing: ['primaryValue', 'partnerISO or partnerCode'],
    });
    expect(detectLayout(['Год', 'Стоимость, тыс. долл. США'])).toEqual({ kind: 'other' });
    // Two of Comtrade's labels are not enough to call a file Comtrade's.
    expect(detectLayout(['refYear', 'primaryValue', 'Source'])).toEqual({ kind: 'other' });
  });
});

describe('readUpload refuses at the header what no choice of columns can read', () => {
  it('a Comtrade file without the columns a figure needs, and a file of one column', async () => {
    const without = COMTRADE_HEADER.filter((label) => label !== 'primaryValue').join(',');
    const comtrade = await readUpload(bytes(`${without}\n`), 'partial.csv');
    expect(comtrade.kind === 'report' && comtrade.report.issues).toEqual([
      expect.objectContaining({
        line: 1,
        code: 'missing-label',
        message:
          'This looks like a UN Comtrade file, but it has no primaryValue column: download it again as CSV with all its columns.',
      }),
    ]);
    const single = await readUpload(bytes('amount\n5\n'), 'single.csv');
    expect(single.kind === 'report' && single.report.issues[0]?.message).toMatch(/^The first line has one column only/);
  });
});
