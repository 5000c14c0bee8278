import { bareLabel } from '../../csv/header';
import { z } from '../../csv/zod';
import { NUMBER_FORMATS, UNITS } from './numbers';

/*
 * The reader's answer to "which column is which", for a file whose header is
 * neither our template nor UN Comtrade's. Columns are 0-based positions in the
 * header; the publisher is a column or one name for the whole file.
 */

export const columnMappingSchema = z.object({
  period: z.number().int().nonnegative(),
  value: z.number().int().nonnegative(),
  unit: z.enum(UNITS),
  numbers: z.enum(NUMBER_FORMATS),
  publisher: z.union([
    z.object({ column: z.number().int().nonnegative() }),
    z.object({ name: z.string().trim().min(1).max(200) }),
  ]),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/**
 * What a mapping is remembered by: the header as bareLabel reads each label, in
 * order. The next file with the same columns (a new month of the same customs
 * table) gets the same choices, whatever its spacing or case.
 */
export const headerKey = (labels: readonly string[]): string => labels.map(bareLabel).join('|');

/** The mapping when it fits a header of `columnCount` columns: every column it names exists, and value and period differ. */
export function mappingFor(columnCount: number, candidate: unknown): ColumnMapping | null {
  const parsed = columnMappingSchema.safeParse(candidate);
  if (!parsed.success) return null;
  const mapping = parsed.data;
  const columns = [mapping.period, mapping.value, 'column' in mapping.publisher ? mapping.publisher.column : 0];
  if (columns.some((column) => column >= columnCount) || mapping.period === mapping.value) return null;
  return mapping;
}
