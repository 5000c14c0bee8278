import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { loadDataset } from '../lib/dataset/load';
import { deckSlides } from '../lib/deck/slides';
import { readPptx, seriesOf, textOf } from '../lib/pptx/pptx-reader';
import { expect, test, underBase } from './fixtures';

/*
 * The PowerPoint files as a reader gets them: a button pressed, the .pptx saved,
 * and read back as the zip it is (slides, native charts, notes, links). The
 * writer (pptxgenjs) must come with the press and run under the page's CSP:
 * the fixtures fail a test on any CSP violation or console error.
 */

async function savedPptx(page: Page, press: () => Promise<void>) {
  const promise = page.waitForEvent('download', { timeout: 60_000 });
  await press();
  const download = await promise;
  return { name: download.suggestedFilename(), file: readPptx(readFileSync(await download.path())) };
}

/** The scripts a page has fetched, and whether any of them is the PowerPoint writer. */
function watchScripts(page: Page) {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  return async () => {
    const bodies = await Promise.all(scripts.map((url) => page.request.get(url).then((r) => r.text())));
    return bodies.some((body) => body.includes('ppt/presentation.xml'));
  };
}

test.describe('a presenter takes the deck into the meeting as PowerPoint', () => {
  test('the deck downloads from slide mode: every slide, its notes, native charts with the figures of data/', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const writerLoaded = watchScripts(page);
    await page.goto('/present');
    await expect(page.locator('.deck[data-keys="on"]')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    expect(await writerLoaded()).toBe(false);
    const { name, file } = await savedPptx(page, () =>
      page.getByRole('button', { name: 'Download PowerPoint: the deck, with its notes' }).click(),
    );
    expect(name).toBe('russia-dprk-slides.pptx');
    expect(await writerLoaded()).toBe(true);
    const slides = deckSlides(loadDataset(), 'article');
    expect(file.slides).toHaveLength(slides.length);
    slides.forEach((slide, i) => expect(textOf(file.slides[i] ?? '')).toContain(slide.title));
    expect(textOf(file.notes[2] ?? '')).toContain(slides[2]?.notes.slice(0, 60));
    const bars = seriesOf(file.charts[0] ?? '');
    expect(bars.map((s) => s.values)).toEqual([
      [1000, 500, null],
      [null, null, 84],
    ]);
    expect(file.links[1]).toContain('https://news.cgtn.com/news/3d3d774e336b544d34457a6333566d54/share_amp.html');
    // The button is back to itself once the file is saved.
    await expect(page.getByRole('button', { name: 'Download PowerPoint: the deck, with its notes' })).toHaveText(
      'PPTX',
    );
  });

  test('the presenter window offers the same deck', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/present/presenter');
    const { name, file } = await savedPptx(page, () =>
      page.getByRole('button', { name: 'Download PowerPoint: the deck, with its notes' }).click(),
    );
    expect(name).toBe('russia-dprk-slides.pptx');
    expect(file.slides).toHaveLength(deckSlides(loadDataset(), 'article').length);
  });

  test('from the context view’s slides, the deck is that view’s: every chart with other publishers’ figures', async ({
    page,
    basePath,
  }) => {
    test.setTimeout(90_000);
    const writerLoaded = watchScripts(page);
    await page.goto('/present/context?slide=2');
    await expect(page.locator('.deck[data-keys="on"]')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    expect(await writerLoaded()).toBe(false);
    const { name, file } = await savedPptx(page, () =>
      page.getByRole('button', { name: 'Download PowerPoint: the deck, with its notes' }).click(),
    );
    expect(name).toBe('russia-dprk-slides-with-context.pptx');
    const slides = deckSlides(loadDataset(), 'context');
    expect(file.slides).toHaveLength(slides.length);
    slides.forEach((slide, i) => expect(textOf(file.slides[i] ?? '')).toContain(slide.title));
    // The target year's figure (Russian customs service, 2020) is a bar beside the article's 2015 figure.
    expect(seriesOf(file.charts[0] ?? '').flatMap((s) => s.values)).toEqual(
      expect.arrayContaining([1000, 500, 84, 42.74]),
    );
    expect(seriesOf(file.charts[1] ?? '').map((s) => s.name)).toContain('Russian customs service');
    expect(textOf(file.notes[2] ?? '')).toContain('These are context figures from other publishers');
    // Its presenter window gives the same file.
    const presenter = await page.context().newPage();
    await presenter.goto(underBase('/present/context/presenter', basePath));
    const fromPresenter = await savedPptx(presenter, () =>
      presenter.getByRole('button', { name: 'Download PowerPoint: the deck, with its notes' }).click(),
    );
    expect(fromPresenter.name).toBe('russia-dprk-slides-with-context.pptx');
    expect(fromPresenter.file.slides).toHaveLength(slides.length);
  });
});

test.describe('a chart on a slide of one’s own', () => {
  test('under the context trajectory: one slide, a series per producer, gaps as gaps', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/context');
    const { name, file } = await savedPptx(page, () =>
      page
        .locator('[data-chart="trajectory"]')
        .getByRole('button', { name: /^Download PowerPoint:/ })
        .click(),
    );
    expect(name).toBe('russia-dprk-trajectory-with-context.pptx');
    expect(file.slides).toHaveLength(1);
    expect(textOf(file.slides[0] ?? '')).toContain('The path trade would have needed, and the path it took');
    const series = seriesOf(file.charts[0] ?? '');
    const customs = series.find((s) => s.name === 'Russian customs service');
    // 2010–2024: customs from 2013 to 2021, nothing after.
    expect(customs?.values.map((v) => v !== null)).toEqual([
      ...[false, false, false],
      ...Array.from({ length: 9 }, () => true),
      ...[false, false, false],
    ]);
    expect(series.map((s) => s.name)).toContain('Russian Association of Exporters and Importers, estimate');
  });

  test('with the reader’s data loaded, their figure is a bar of its own, credited as not verified', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await page.locator('.add-your-data input[type="file"]').setInputFiles({
      name: 'mine.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('year,value_usd,publisher\n2020,40000000,ITC\n'),
    });
    await expect(page.locator('.user-data-status')).toContainText('Your data: mine.csv');
    const { name, file } = await savedPptx(page, () =>
      page
        .locator('[data-chart="target-vs-actual"]')
        .getByRole('button', { name: /^Download PowerPoint:/ })
        .click(),
    );
    expect(name).toBe('russia-dprk-target-vs-actual.pptx');
    const mine = seriesOf(file.charts[0] ?? '').find((s) => s.name === 'Your data: mine.csv (not verified by us)');
    expect(mine?.values).toEqual([null, null, null, 40]);
    expect(textOf(file.slides[0] ?? '')).toContain('Your data: mine.csv (not verified by us)');
  });
});
