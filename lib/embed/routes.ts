import type { ChartId } from '../charts/registry';
import type { View } from '../charts/view';

/*
 * The embed pages' addresses, at the site's root (withBasePath puts them under a
 * sub-path). Everything under EMBED_ROOT may be framed by any site, and nothing
 * else may be (lib/http/security-headers.ts): so every embed page lives here.
 */
export const EMBED_ROOT = '/embed';

/** The one-line script a host page adds so that the frame's height follows the chart (lib/embed/resize-script.ts). */
export const RESIZE_SCRIPT_PATH = `${EMBED_ROOT}/resize.js`;

/** `/embed/trajectory` for the article's figures, `/embed/trajectory/context` with context, as the dashboard's views. */
export function embedPath(chart: ChartId, view: View): string {
  return `${EMBED_ROOT}/${chart}${view === 'context' ? '/context' : ''}`;
}

/** Whether a path at the site's root (no base path) is an embed page or under it. */
export function isEmbedPath(pathname: string): boolean {
  return pathname === EMBED_ROOT || pathname.startsWith(`${EMBED_ROOT}/`);
}
