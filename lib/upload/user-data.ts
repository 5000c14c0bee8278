import { z } from '../csv/zod';

/** One year of a user's figures from one publisher: a yearly total, or the sum of its months. */
export const userFigureSchema = z.object({
  year: z.number().int(),
  value_usd: z.number().nonnegative(),
  publisher: z.string().min(1),
  /** 0 for a yearly total; otherwise how many months were added up (1–12). */
  months: z.number().int().min(0).max(12),
  source: z.string().optional(),
  note: z.string().optional(),
  /** A UN Comtrade figure's exports and imports, which add up to value_usd (lib/upload/comtrade/). */
  exports_usd: z.number().nonnegative().optional(),
  imports_usd: z.number().nonnegative().optional(),
});
export type UserFigure = z.infer<typeof userFigureSchema>;

/**
 * What is kept of an upload (in IndexedDB): only accepted figures, never the raw
 * file. Checked again when read back, so a stale or damaged record is dropped
 * rather than breaking the charts.
 */
export const userDatasetSchema = z.object({
  fileName: z.string(),
  loadedAt: z.string(),
  rowCount: z.number().int().nonnegative(),
  figures: z.array(userFigureSchema),
  /** The unit the file wrote its values in, when it was not US dollars: the table shows them as read too. */
  unit: z.enum(['thousand', 'million']).optional(),
});
export type UserDataset = z.infer<typeof userDatasetSchema>;
