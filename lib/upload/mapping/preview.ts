import type { FileHead } from '../sniff';
import type { MappingDraft } from './suggest';
import { readAmount } from './numbers';
import { readPeriod } from './period';

/*
 * The first rows of a file as the mapping being made would read them: the period,
 * the value as the file gives it and in US dollars, and the publisher; or, cell
 * by cell, what is wrong. Built from the same readers as the row schema
 * (row-schema.ts), so the preview cannot promise what the reading then refuses.
 */

export type PreviewCell = { ok: true; text: string } | { ok: false; message: string };
export type PreviewRow = {
  line: number;
  period: PreviewCell;
  asRead: PreviewCell;
  usd: number | null;
  publisher: PreviewCell;
};

const asReadFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

export function previewRows(head: FileHead, mapping: MappingDraft): PreviewRow[] {
  return head.rows.map(({ line, cells }) => {
    const period = readPeriod(cells[mapping.period] ?? '');
    const amount = readAmount(cells[mapping.value] ?? '', mapping.numbers, mapping.unit);
    const publisher = 'column' in mapping.publisher ? (cells[mapping.publisher.column] ?? '') : mapping.publisher.name;
    return {
      line,
      period: period.ok ? { ok: true, text: period.value.period } : { ok: false, message: period.message },
      asRead: amount.ok
        ? { ok: true, text: asReadFormat.format(amount.asRead) }
        : { ok: false, message: amount.message },
      usd: amount.ok ? amount.usd : null,
      publisher: publisher.trim()
        ? { ok: true, text: publisher }
        : { ok: false, message: 'No publisher: choose its column, or type one for the whole file.' },
    };
  });
}
