import type { ChartId } from '../charts/registry';
import type { View } from '../charts/view';
import { withBasePath } from '../site/base-path';
import type { Theme } from '../site/theme';
import { embedHeight } from './heights';
import { embedPath, RESIZE_SCRIPT_PATH } from './routes';

/*
 * The embed code the Embed dialog gives: an iframe, and optionally the one-line
 * script that makes its height follow the chart. Its addresses are absolute, built
 * from where the site is being served (origin and base path), since the code is
 * pasted into a page on another site.
 */

/** Where the site is served, as the reader's browser sees it: `https://org.github.io` and `/russia-dprk`. */
export type SiteAddress = { origin: string; base: string };

export type EmbedChoice = { chart: ChartId; view: View; theme: Theme; resize: boolean };

/** `https://host/trade/embed/trajectory/context?theme=dark`: the theme only when one is chosen over the reader's own. */
export function embedUrl(site: SiteAddress, { chart, view, theme }: Omit<EmbedChoice, 'resize'>): string {
  const query = theme === 'auto' ? '' : `?theme=${theme}`;
  return `${site.origin}${withBasePath(embedPath(chart, view), site.base)}${query}`;
}

export function resizeScriptUrl(site: SiteAddress): string {
  return `${site.origin}${withBasePath(RESIZE_SCRIPT_PATH, site.base)}`;
}

/** Safe inside a double-quoted HTML attribute, whatever a chart's title says. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The code to paste. `title` names the frame for screen readers (the chart's title).
 * The fixed height shows the whole chart at 600 px wide; with the script, the frame
 * takes the chart's height at any width.
 */
export function embedSnippet(site: SiteAddress, choice: EmbedChoice, title: string): string {
  const iframe =
    `<iframe src="${attribute(embedUrl(site, choice))}" title="${attribute(title)}" ` +
    `width="100%" height="${embedHeight(choice.chart, choice.view)}" style="width:100%;border:0" loading="lazy"></iframe>`;
  if (!choice.resize) return iframe;
  return `${iframe}\n<script src="${attribute(resizeScriptUrl(site))}" async></script>`;
}
