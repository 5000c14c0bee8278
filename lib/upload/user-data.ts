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
});
export type UserDataset = z.infer<typeof userDatasetSchema>;
