import { isPartialYear } from '@/lib/upload/partial-year';
import { chartedPublishers, PARTIAL_YEAR_KEY } from '@/lib/charts/user-series';
import type { UserDataset } from '@/lib/upload/user-data';
import { shapeAt, USER_SHAPES } from '@/lib/charts/marker-shapes';

/**
 * The legend of the reader's points, in words, for an exported image, which
 * carries no legend: "squares: ITC; triangles: Russian customs; hollow: a partial
 * year, its months added up". Null when there is nothing to tell (one publisher, full years only).
 */
export function userShapesKey(user: UserDataset): string | null {
  const publishers = chartedPublishers(user);
  const parts =
    publishers.length > 1
      ? publishers.map((publisher, shape) => `${shapeAt(USER_SHAPES, shape).name}: ${publisher}`)
      : [];
  if (user.figures.some(isPartialYear)) parts.push(PARTIAL_YEAR_KEY);
  return parts.length > 0 ? parts.join('; ') : null;
}
