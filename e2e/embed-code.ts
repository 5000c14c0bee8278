import { expect, type Locator, type Page } from '@playwright/test';

/** Every chart and view an embed is made of (lib/charts/registry.ts, lib/charts/view.ts). */
export const CHARTS = ['target-vs-actual', 'trajectory', 'attainment'] as const;
export const VIEWS = ['article', 'context'] as const;
export type Chart = (typeof CHARTS)[number];
export type View = (typeof VIEWS)[number];

export const viewPage = (view: View) => (view === 'context' ? '/context' : '/');
export const embedPage = (chart: Chart, view: View) => `/embed/${chart}${view === 'context' ? '/context' : ''}`;

/** Opens a chart's Embed dialog on the dashboard page it is on, as a reader would. */
export async function openEmbedDialog(page: Page, chart: Chart): Promise<Locator> {
  await page
    .locator(`[data-chart="${chart}"]`)
    .getByRole('button', { name: /^Embed/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The embed code exactly as the dialog gives it, for a chart in a view, with or without the resize script. */
export async function embedCode(page: Page, chart: Chart, view: View, { resize = true } = {}): Promise<string> {
  await page.goto(viewPage(view));
  const dialog = await openEmbedDialog(page, chart);
  const script = dialog.getByRole('checkbox', { name: /Height follows the chart/ });
  await script.setChecked(resize);
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return code;
}
