import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const csv = (text: string) => Buffer.from(text, 'utf8');
const VALID = [
  'year,value_usd,publisher,source,note',
  '2020,42740000,Russian customs service,https://tass.com/economy/1258635,checked',
  '2021,42000000,Russian customs service,https://example.org/2021,',
  '2022-01,1000000,Russian customs service,,',
  '2022-02,2000000,Russian customs service,,',
].join('\n');

async function upload(page: Page, name: string, text: string | Buffer) {
  await page
    .locator('.add-your-data input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: typeof text === 'string' ? csv(text) : text });
}

/** The reader's points: full years on their line (.series-user), partial years on their own (.series-user-partial). */
const userPoints = (page: Page) =>
  page.locator(
    '[data-chart="trajectory"] .chart-wide :is(.series-user, .series-user-partial) .recharts-line-dots rect',
  );
const status = (page: Page) => page.locator('.user-data-status');

function generated(rows: number): string {
  const lines = ['year,value_usd,publisher,source,note'];
  for (let i = 0; i < rows; i += 1) {
    // 30 years (1990–2019) × 12 months per publisher: every (month, publisher) once.
    lines.push(
      `${1990 + (Math.floor(i / 12) % 30)}-${String((i % 12) + 1).padStart(2, '0')},${1000 + i},Publisher ${Math.floor(i / 360)},https://example.org/${i},row ${i}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

test.describe('a reader brings their own data', () => {
  test('a valid file is charted, listed, downloadable, kept after a reload, and removable', async ({ page }) => {
    await page.goto('/');
    await upload(page, 'customs.csv', VALID);
    await expect(page.getByText('Loaded 4 rows from customs.csv.')).toBeVisible();
    await expect(status(page)).toContainText('Your data: customs.csv');
    // Trajectory: one square per year, the partial year labelled with its months; axis extended to 2022.
    await expect(userPoints(page)).toHaveCount(3);
    const chart = page.locator('[data-chart="trajectory"] .chart-wide');
    await expect(chart).toContainText('US$3 m (2 mo)');
    // The dotted line joins the full years only: drawn on into two months' worth, it read as trade collapsing.
    const lineEnd = await chart
      .locator('.series-user .recharts-line-curve')
      .first()
      .evaluate((path) =>
        Math.max(...[...(path.getAttribute('d') ?? '').matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]))),
      );
    const pointX = await userPoints(page).evaluateAll((rects) =>
      rects.map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width')) / 2).sort((a, b) => a - b),
    );
    expect(pointX).toHaveLength(3);
    expect(Math.round(lineEnd)).toBe(Math.round(pointX[1] ?? 0));
    await expect(chart.locator('.series-user-partial .recharts-line-curve')).toHaveAttribute('stroke', 'none');
    await expect(chart.locator('.recharts-xAxis .recharts-cartesian-axis-tick text').last()).toHaveText('2022');
    // Its accessible name says so too, not only the article's years.
    await expect(chart.locator('svg.recharts-surface')).toHaveAttribute(
      'aria-label',
      /Also drawn, your data from customs\.csv \(not verified by us\): 3 yearly figures, 2020–2022\.$/,
    );
    // So does the summary under it, which a screen reader hears after the name.
    await expect(page.locator('[data-chart="trajectory"] .chart-summary')).toContainText(
      'Also drawn, your data from customs.csv (not verified by us): 3 yearly figures, 2020–2022.',
    );
    // Target-versus-actual: the user's 2020 figure as its own bar.
    await expect(page.locator('[data-chart="target-vs-actual"] .chart-wide .recharts-yAxis')).toContainText(
      'Your data 2020',
    );
    // Credited under the charts that draw it, in the words their exports use; not under the attainment bullets.
    await expect(page.locator('[data-chart="trajectory"] .source-note')).toContainText(
      'Your data: customs.csv (not verified by us)',
    );
    await expect(page.locator('[data-chart="target-vs-actual"] .source-note')).toContainText(
      'Your data: customs.csv (not verified by us)',
    );
    await expect(page.locator('[data-chart="attainment"] .source-note')).not.toContainText('Your data');
    // Listed under Data and sources, partial year flagged.
    const table = page.locator('.user-data-table');
    await expect(table.locator('tr[data-year="2022"]')).toContainText('2 of 12 months (partial year)');
    // The chart's CSV download includes the user's rows.
    const downloadPromise = page.waitForEvent('download');
    await page
      .locator('[data-chart="trajectory"]')
      .getByRole('link', { name: /^Download data \(CSV\)/ })
      .click();
    const rows = Papa.parse<Record<string, string>>(readFileSync(await (await downloadPromise).path(), 'utf8').trim(), {
      header: true,
    }).data;
    expect(rows.filter((r) => r.basis === 'user').map((r) => [r.year, r.value_usd])).toEqual([
      ['2020', '42740000'],
      ['2021', '42000000'],
      ['2022', '3000000'],
    ]);
    expect(rows.some((r) => r.basis === 'article' && r.value_usd === '84000000')).toBe(true);

    // Reload: still there (IndexedDB).
    await page.reload();
    await expect(status(page)).toContainText('Your data: customs.csv');
    await expect(userPoints(page)).toHaveCount(3);

    // Remove: back to the built-in view.
    await page.getByRole('button', { name: 'Remove your data' }).click();
    await expect(status(page)).toHaveCount(0);
    await expect(userPoints(page)).toHaveCount(0);
    await page.reload();
    await expect(page.getByText('Your data: customs.csv')).toHaveCount(0);
  });

  test('an invalid file shows what is wrong, line by line, and keeps what was loaded before', async ({ page }) => {
    await page.goto('/');
    await upload(page, 'customs.csv', VALID);
    await expect(status(page)).toContainText('customs.csv');

    const bad = [
      'Year;Value_USD;Publisher',
      '2019;"84,000,000";ITC',
      '2020;-5;ITC',
      '2021;84m;ITC',
      '2022;$84;ITC',
      '2023;5;ITC;extra',
      '2023;6;ITC',
      '1800;1;ITC',
      '2024;7',
    ].join('\r\n');
    await upload(page, 'messy.csv', bad);
    const report = page.locator('.upload-report');
    await expect(report).toContainText('messy.csv: 7 issues in 8 rows. 1 row can be loaded, 7 cannot.');
    const issue = (line: number) => report.locator(`tr[data-line="${line}"]`);
    await expect(issue(2)).toContainText("'84,000,000' has thousands separators");
    await expect(issue(2).locator('code')).toHaveText('type-error');
    await expect(issue(3).locator('code')).toHaveText('constraint-error');
    await expect(issue(4)).toContainText("'84m' uses a unit");
    await expect(issue(5)).toContainText("'$84' includes a currency");
    await expect(issue(6).locator('code')).toHaveText('extra-cell');
    await expect(issue(8)).toContainText('outside the plausible range');
    await expect(issue(9).locator('code')).toHaveText('missing-cell');
    // Nothing of the bad file was loaded: the earlier data is still the data.
    await expect(status(page)).toContainText('Your data: customs.csv');
    await expect(userPoints(page)).toHaveCount(3);

    // The report downloads as CSV, with the same lines.
    const downloadPromise = page.waitForEvent('download');
    await report.getByRole('button', { name: 'Download report (CSV)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('messy-validation-report.csv');
    const rows = Papa.parse<Record<string, string>>(readFileSync(await download.path(), 'utf8').trim(), {
      header: true,
    }).data;
    expect(rows.map((r) => r.line)).toEqual(['2', '3', '4', '5', '6', '8', '9']);
    // Values as they stand in the file: a plain negative number gets no formula apostrophe.
    expect(rows.find((r) => r.line === '3')?.value).toBe('-5');

    // By explicit choice, only the good rows load; the button says what they replace.
    await report.getByRole('button', { name: 'Load the 1 good row only, replacing customs.csv' }).click();
    await expect(page.getByText('Loaded 1 row from messy.csv.')).toBeFocused();
    await expect(status(page)).toContainText('Your data: messy.csv');
    await expect(userPoints(page)).toHaveCount(1);
  });

  test('text from the file is shown as text, never run as HTML', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto('/');
    await upload(
      page,
      '<img src=x onerror=alert(1)>.csv',
      'year,value_usd,publisher,note\n2021,5,<script>alert(1)</script>,"<b>bold</b>"\n2022,x,<img src=x onerror=alert(2)>,\n',
    );
    const report = page.locator('.upload-report');
    await expect(report).toContainText('<img src=x onerror=alert(1)>.csv');
    await report.getByRole('button', { name: /Load the 1 good row only/ }).click();
    await expect(page.locator('.user-data-table')).toContainText('<script>alert(1)</script>');
    await expect(page.locator('.user-data-table')).toContainText('<b>bold</b>');
    await expect(page.locator('.user-data-table b')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('a 100,000-row file loads with a progress bar while the page stays usable', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await page.evaluate(() => {
      // Long main-thread tasks, recorded for the report (not asserted: the machine is shared).
      (window as unknown as { longTasks: number[] }).longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          (window as unknown as { longTasks: number[] }).longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await upload(page, 'big.csv', generated(100_000));
    await expect(page.locator('.upload-progress progress')).toBeVisible();
    // The page answers while the worker reads: the Cancel button is there and focusable.
    await page.locator('.upload-progress button').focus();
    await expect(page.locator('.upload-progress button')).toBeFocused();
    await expect(page.getByText('Loaded 100,000 rows from big.csv.')).toBeVisible({ timeout: 90_000 });
    await expect(status(page)).toContainText('100,000 rows');
    // Thirty years of data: the year axis steps by five rather than printing every year over the next.
    await expect(
      page.locator('[data-chart="trajectory"] .chart-wide .recharts-xAxis .recharts-cartesian-axis-tick text'),
    ).toHaveText(['1990', '1995', '2000', '2005', '2010', '2015', '2020']);
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    test.info().annotations.push({
      type: 'longest main-thread task (ms)',
      description: String(Math.round(Math.max(0, ...longTasks))),
    });
  });

  test('Cancel stops reading and loads nothing', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await upload(page, 'customs.csv', VALID);
    await expect(status(page)).toContainText('customs.csv');
    await upload(page, 'huge.csv', generated(400_000));
    await page.locator('.upload-progress').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('Cancelled: huge.csv was not loaded.')).toBeVisible({ timeout: 60_000 });
    await expect(status(page)).toContainText('Your data: customs.csv');
  });

  test('a file dropped on the panel loads like a chosen one', async ({ page }) => {
    await page.goto('/');
    // Drag events are not replayed after hydration, as a click is: wait for React (the theme switch shows once it runs).
    await expect(page.getByRole('group', { name: 'Colour theme' })).toBeVisible();
    const zone = page.locator('.drop-zone');
    // The browser's own drag events, carrying a real File, as the desktop sends them.
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      return transfer;
    }, VALID);
    await zone.dispatchEvent('dragover', { dataTransfer });
    await expect(zone).toHaveClass(/drop-zone-active/);
    await zone.dispatchEvent('drop', { dataTransfer });
    await expect(page.getByText('Loaded 4 rows from dropped.csv.')).toBeVisible();
    await expect(zone).not.toHaveClass(/drop-zone-active/);
    await expect(userPoints(page)).toHaveCount(3);
  });

  test('a binary file is refused before parsing, and what was loaded stays', async ({ page }) => {
    await page.goto('/');
    await upload(page, 'customs.csv', VALID);
    await expect(status(page)).toContainText('customs.csv');
    // The first bytes of a PNG, then zeros: what a mis-picked image or spreadsheet looks like.
    await upload(
      page,
      'chart.csv',
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]),
    );
    const report = page.locator('.upload-report');
    await expect(report).toContainText('This is not a text file (it holds binary data)');
    await expect(report.locator('tr[data-line="1"][data-code="format-error"]')).toHaveCount(1);
    await expect(status(page)).toContainText('Your data: customs.csv');
    await expect(userPoints(page)).toHaveCount(3);
  });

  test('a second clean file asks before it replaces the first; keeping the first loses nothing', async ({ page }) => {
    const NEWER = ['year,value_usd,publisher', '2023,50000000,Newer publisher', '2024,60000000,Newer publisher'].join(
      '\n',
    );
    await page.goto('/');
    await upload(page, 'customs.csv', VALID);
    await expect(status(page)).toContainText('Your data: customs.csv');

    await upload(page, 'newer.csv', NEWER);
    const question = page.locator('.upload-confirm');
    await expect(question).toContainText(
      'newer.csv is ready: 2 rows with no issues. Loading it replaces your data from customs.csv (4 rows).',
    );
    await expect(question).toBeFocused();
    // Nothing replaced while the question is open.
    await expect(status(page)).toContainText('Your data: customs.csv');
    await question.getByRole('button', { name: 'Keep customs.csv' }).click();
    const outcome = page.getByText('newer.csv was not loaded. Your data from customs.csv is unchanged.');
    await expect(outcome).toBeVisible();
    // The buttons are gone: focus is on the outcome, not lost to the page.
    await expect(outcome).toBeFocused();
    await expect(question).toHaveCount(0);
    await expect(userPoints(page)).toHaveCount(3);

    // The same file name again (edited since): the buttons say which is which.
    await upload(page, 'customs.csv', VALID.replace('2021,42000000', '2021,43000000'));
    await expect(question.getByRole('button', { name: 'Keep the loaded customs.csv' })).toBeVisible();
    await question.getByRole('button', { name: 'Replace with the new customs.csv' }).click();
    await expect(page.getByText('Loaded 4 rows from customs.csv.')).toBeFocused();
    await expect(page.locator('.user-data-table tr[data-year="2021"]')).toContainText('US$43 m');

    await upload(page, 'newer.csv', NEWER);
    await page.getByRole('button', { name: 'Replace with newer.csv' }).click();
    await expect(page.getByText('Loaded 2 rows from newer.csv.')).toBeVisible();
    await expect(status(page)).toContainText('Your data: newer.csv');
    await expect(userPoints(page)).toHaveCount(2);
    await page.reload();
    await expect(status(page)).toContainText('Your data: newer.csv');

    // Removing the loaded data while a question is open keeps the question, now to load or not.
    await upload(page, 'customs.csv', VALID);
    await expect(question).toContainText('Loading it replaces your data from newer.csv');
    await page.getByRole('button', { name: 'Remove your data' }).click();
    await expect(status(page)).toHaveCount(0);
    await expect(question).toContainText('customs.csv is ready: 4 rows with no issues. Load it?');
    await question.getByRole('button', { name: 'Load customs.csv' }).click();
    await expect(status(page)).toContainText('Your data: customs.csv');
  });

  test('loaded data is drawn in the charts on screen, and in the others when they are shown', async ({ page }) => {
    await page.goto('/');
    await upload(page, 'customs.csv', VALID);
    await expect(userPoints(page)).toHaveCount(3);
    // Drawings CSS hid (the phone-width ones, the other view) carry the data once shown.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(
      page.locator(
        '[data-chart="trajectory"] .chart-narrow :is(.series-user, .series-user-partial) .recharts-line-dots rect',
      ),
    ).toHaveCount(3);
    await page.getByRole('link', { name: 'With context figures' }).click();
    await expect(
      page.locator(
        '[data-chart="trajectory"] .chart-narrow :is(.series-user, .series-user-partial) .recharts-line-dots rect',
      ),
    ).toHaveCount(3);
    await expect(page.locator('[data-chart="target-vs-actual"] .chart-narrow .recharts-yAxis')).toContainText(
      'Your data 2020',
    );
  });

  test('a printout of the slides carries the loaded data on every chart slide, shown on screen or not', async ({
    page,
  }) => {
    await page.goto('/');
    await upload(page, 'customs.csv', VALID);
    await expect(status(page)).toContainText('customs.csv');
    await page.goto('/present');
    // Both trajectory slides (the article's and the outcome) and the bars slide take in the
    // data while hidden on screen (slide 1 is shown): a real print pass does not wake them.
    const trajectories = page.locator('.slide .recharts-surface').filter({ has: page.locator('.series-user') });
    await expect(trajectories).toHaveCount(2);
    await expect(page.locator('.slide:visible')).toHaveCount(1);
    await expect(
      trajectories.first().locator(':is(.series-user, .series-user-partial) .recharts-line-dots rect'),
    ).toHaveCount(3);
    await expect(page.locator('.slide .recharts-yAxis').filter({ hasText: 'Your data 2020' })).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await expect(trajectories.filter({ visible: true })).toHaveCount(2);
  });

  test('another open tab follows: data loaded in one tab appears in the other, and removing it there clears both', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    const other = await context.newPage();
    await other.goto('/');
    // Hydrated, so listening (the theme switch shows once React runs).
    await expect(other.getByRole('group', { name: 'Colour theme' })).toBeVisible();
    await upload(page, 'customs.csv', VALID);
    await expect(status(page)).toContainText('Your data: customs.csv');
    await expect(status(other)).toContainText('Your data: customs.csv');
    await expect(userPoints(other)).toHaveCount(3);
    await other.getByRole('button', { name: 'Remove your data' }).click();
    await expect(status(page)).toHaveCount(0);
    await expect(userPoints(page)).toHaveCount(0);
  });

  test('a file with hundreds of yearly figures is listed a page at a time', async ({ page }) => {
    // 25 years × 10 publishers: 250 yearly figures.
    const lines = ['year,value_usd,publisher'];
    for (let i = 0; i < 250; i += 1)
      lines.push(`${1995 + (i % 25)},${1000 + i},Publisher ${String(Math.floor(i / 25)).padStart(2, '0')}`);
    await page.goto('/');
    await upload(page, 'many.csv', lines.join('\n'));
    await expect(status(page)).toContainText('250 yearly figures');
    const table = page.locator('.user-data-table');
    const rows = table.locator('tbody tr');
    const pager = table.getByRole('navigation', { name: 'Pages of your data: many.csv' });
    await expect(pager.getByRole('status')).toHaveText('Rows 1–100 of 250');
    await expect(rows).toHaveCount(100);
    await expect(pager.getByRole('button', { name: 'Previous 100' })).toBeDisabled();
    const firstPage = await rows.allInnerTexts();

    await pager.getByRole('button', { name: 'Next 100' }).click();
    await expect(pager.getByRole('status')).toHaveText('Rows 101–200 of 250');
    await expect(rows).toHaveCount(100);
    expect(await rows.allInnerTexts()).not.toEqual(firstPage);

    await pager.getByRole('button', { name: 'Next 100' }).click();
    await expect(pager.getByRole('status')).toHaveText('Rows 201–250 of 250');
    await expect(rows).toHaveCount(50);
    const next = pager.getByRole('button', { name: 'Next 100' });
    await expect(next).toBeDisabled();
    // The last page reached, the button that got there keeps focus, and does nothing more.
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(pager.getByRole('status')).toHaveText('Rows 201–250 of 250');
    await pager.getByRole('button', { name: 'Previous 100' }).click();
    await expect(pager.getByRole('status')).toHaveText('Rows 101–200 of 250');
  });

  test('a file over 100 MB is refused before it is read, and what was loaded stays', async ({ page }, testInfo) => {
    // A real file on disk (Playwright hands large files over by path), made sparse: the
    // size is checked before a byte is read, so its zeros are never looked at.
    const huge = testInfo.outputPath('huge.csv');
    writeFileSync(huge, 'year,value_usd,publisher,source,note\n');
    truncateSync(huge, 101 * 1024 * 1024);

    await page.goto('/');
    await upload(page, 'customs.csv', VALID);
    await expect(status(page)).toContainText('customs.csv');
    await page.locator('.add-your-data input[type="file"]').setInputFiles(huge);
    const report = page.locator('.upload-report');
    await expect(report).toContainText(/The file is 10\d(\.\d)? MB; the limit is 100 MB\. Split it by year/);
    await expect(report.locator('tr[data-line="1"][data-code="format-error"]')).toHaveCount(1);
    await expect(status(page)).toContainText('Your data: customs.csv');
    await expect(userPoints(page)).toHaveCount(3);
  });

  test('when the browser refuses to store the data, the reader is told and nothing is lost', async ({ page }) => {
    await page.goto('/');
    await upload(page, 'customs.csv', VALID);
    await expect(status(page)).toContainText('customs.csv');
    // Storage refused from now on, as when a browser is out of quota or in a locked-down mode.
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await upload(page, 'newer.csv', VALID.replace('customs', 'newer'));
    await page.getByRole('button', { name: 'Replace with newer.csv' }).click();
    await expect(
      page.getByText(
        /newer\.csv was read but could not be kept in this browser \(.*quota.*\)\. Earlier data, if any, is unchanged\./,
      ),
    ).toBeVisible();
    await expect(status(page)).toContainText('Your data: customs.csv');
  });

  test('the template downloads with the right header', async ({ page }) => {
    await page.goto('/');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download template' }).click();
    const text = readFileSync(await (await downloadPromise).path(), 'utf8');
    expect(text.split('\r\n')[0]).toBe('year,value_usd,publisher,source,note');
    expect(text.trim().split('\r\n')).toHaveLength(3);
  });

  test('a long series is labelled sparsely, with no label over another; the event titles give way to their years', async ({
    page,
  }) => {
    await page.goto('/');
    const years = Array.from({ length: 33 }, (_, i) => 1992 + i);
    await upload(
      page,
      'history.csv',
      [
        'year,value_usd,publisher',
        ...years.map((y) => `${y},${50_000_000 + (y - 1992) * 1_000_000},Russian customs`),
      ].join('\n'),
    );
    await expect(status(page)).toContainText('history.csv');
    const chart = page.locator('[data-chart="trajectory"] .chart-wide');
    await expect(userPoints(page)).toHaveCount(33);
    const labels = chart.locator('.series-user .recharts-label-list text');
    // The last year and the first are labelled; most are not.
    await expect(labels.filter({ hasText: 'US$82 m' })).toHaveCount(1);
    await expect(labels.filter({ hasText: 'US$50 m' })).toHaveCount(1);
    const boxes = await labels.evaluateAll((texts) =>
      texts
        .map((t) => t.getBoundingClientRect())
        .map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })),
    );
    expect(boxes.length).toBeGreaterThan(2);
    expect(boxes.length).toBeLessThan(12);
    // Nor over the article's US$84 m.
    const article = await chart
      .locator('.series-article .recharts-label-list text')
      .first()
      .evaluate((t) => t.getBoundingClientRect().toJSON() as DOMRect);
    const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const [i, a] of boxes.entries()) {
      expect(overlap(a, article)).toBe(false);
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
    // 1992–2024 squeezes 2014 and 2017 together: their titles would collide, so only the years are written; the legend has them in full.
    const eventLabels = chart.locator('.event-label');
    await expect(eventLabels).toHaveText(['2014', '2017']);
    await expect(page.locator('[data-chart="trajectory"] .legend')).toContainText(
      "2014: Russia cancels 90% of the DPRK's debt",
    );
    // The subtitle names no years the axis has outgrown.
    await expect(page.locator('[data-chart="trajectory"] .chart-subtitle')).toContainText(
      'Annual trade turnover, US$ million.',
    );
  });

  test('several publishers get a shape each, named in the legend, and no value labels to print over each other', async ({
    page,
  }) => {
    await page.goto('/');
    const rows = [
      '2019,47900000,ITC',
      '2019,48000000,Russian customs',
      '2020,42700000,Russian customs',
      '2020,42000000,ITC',
      '2018,34000000,Kremlin',
      '2020-01,3000000,KOTRA',
    ];
    await upload(page, 'multi.csv', ['year,value_usd,publisher', ...rows].join('\n'));
    await expect(status(page)).toContainText('multi.csv');
    const chart = page.locator('[data-chart="trajectory"] .chart-wide');
    // ITC and Russian customs have two years each, so they come first: a square, then a triangle; then a circle and a second triangle.
    await expect(chart.locator('.series-user')).toHaveCount(4);
    await expect(chart.locator('.series-user').nth(0).locator('.recharts-line-dots rect')).toHaveCount(2);
    // A publisher's points are on its line, or on their own for partial years.
    const shapeOf = (n: number) =>
      chart
        .locator('.series-user')
        .nth(n)
        .or(chart.locator('.series-user-partial').nth(n))
        .locator('.recharts-line-dots path')
        .first()
        .getAttribute('d');
    const shapes = [await shapeOf(1), await shapeOf(2), await shapeOf(3)];
    expect(new Set(shapes).size).toBe(3);
    await expect(chart.locator('.series-user .recharts-label-list text')).toHaveCount(0);
    const legend = page.locator('[data-chart="trajectory"] .legend');
    for (const publisher of ['ITC', 'Russian customs', 'Kremlin', 'KOTRA'])
      await expect(legend).toContainText(`Your data: multi.csv (${publisher})`);
    // KOTRA's one month is a partial year: hollow, and the legend says what hollow means.
    await expect(legend).toContainText('Hollow: a partial year, its months added up');
    // Drawn on its own, not on a line: KOTRA's only figure is partial.
    await expect(chart.locator('.series-user').nth(3).locator('.recharts-line-dots path')).toHaveCount(0);
    await expect(chart.locator('.series-user-partial').nth(3).locator('.recharts-line-dots path')).toHaveAttribute(
      'fill',
      'var(--bg, #ffffff)',
    );
    await expect(chart.locator('.series-user').nth(2).locator('.recharts-line-dots path')).toHaveAttribute(
      'fill',
      /^var\(--user,/,
    );
    // The bar for KOTRA's 2020 counts its month in the singular.
    const bars = page.locator('[data-chart="target-vs-actual"] .chart-wide');
    await expect(bars).toContainText('KOTRA · 1 month');
    await expect(bars).not.toContainText('1 months');
    // The tooltip names the publisher and the months.
    // Pointed at 2020, a little to its left, in the middle of the plot.
    await chart.scrollIntoViewIfNeeded();
    const itc = chart.locator('.series-user').nth(0).locator('.recharts-line-dots rect');
    const [at2019, at2020] = [await itc.nth(0).boundingBox(), await itc.nth(1).boundingBox()];
    const plot = await chart.locator('.recharts-cartesian-grid').boundingBox();
    if (!at2019 || !at2020 || !plot) throw new Error('no points or plot');
    await page.mouse.move(at2020.x - (at2020.x - at2019.x) * 0.3, plot.y + plot.height / 2);
    await expect(chart.locator('.recharts-tooltip-wrapper')).toContainText(
      'Your data: multi.csv (KOTRA): US$3 m (1 mo)',
    );
    // The exported image has no legend: its credit says in words which shape is whose.
    const downloadPromise = page.waitForEvent('download');
    await page.locator('[data-chart="trajectory"]').getByRole('button', { name: 'Download SVG' }).click();
    const svg = readFileSync(await (await downloadPromise).path(), 'utf8');
    const footer = [...svg.matchAll(/font-size="24" fill="#4d4d4d">([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(footer).toContain(
      'Your data: multi.csv (not verified by us) (squares: ITC; triangles: Russian customs; circles: Kremlin; inverted triangles: KOTRA; hollow: a partial year, its months added up)',
    );
  });

  test('an Excel export with trailing rows of bare delimiters and blank lines loads at once, and says what it left out', async ({
    page,
  }) => {
    await page.goto('/');
    await upload(
      page,
      'excel.csv',
      '\uFEFFyear;value_usd;publisher;source;note\r\n2019;47900000;ITC;;\r\n\r\n2020;42000000;ITC;;\r\n;;;;\r\n;;;;\r\n',
    );
    await expect(page.getByText('Loaded 2 rows from excel.csv. 3 blank rows were left out.')).toBeVisible();
    await expect(status(page)).toContainText('Your data: excel.csv · 2 rows, 2 yearly figures');
    await expect(page.locator('.upload-report')).toHaveCount(0);
  });

  test('a header spelling value_usd as "Value USD" loads; one naming a column twice is refused before any row', async ({
    page,
  }) => {
    await page.goto('/');
    // Issue 17: labels match whatever their case, spaces and punctuation.
    await upload(page, 'spaced.csv', 'Year,Value USD,Publisher\n2019,100,ITC\n');
    await expect(page.getByText('Loaded 1 row from spaced.csv.')).toBeVisible();
    await upload(page, 'twice.csv', 'year,value_usd,Value (USD),publisher\n2019,100,200,ITC\n');
    const report = page.locator('.upload-report');
    await expect(report.locator('.upload-summary')).toHaveText(
      'twice.csv: 1 issue; no rows were read. Nothing has been loaded yet.',
    );
    await expect(report.locator('tr[data-line="1"]')).toContainText(
      "'Value (USD)' appears more than once in the header (columns 2 and 3): keep one column of that name.",
    );
    await expect(status(page)).toContainText('Your data: spaced.csv');
  });

  test('on a phone the issues read as one card each, nothing off to the side, and a stray space in a value shows', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await upload(
      page,
      'values.csv',
      ['year,value_usd,publisher', '2019," 84000000",ITC', '2020,84m,ITC', '2021,-5,ITC'].join('\n'),
    );
    const report = page.locator('.upload-report');
    await expect(report.locator('.upload-summary')).toContainText('3 issues in 3 rows');
    const scroller = report.locator('.issues-scroll');
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
    // "What to do" is on screen, under the value, not in a column scrolled out of view.
    const advice = report.locator('tr[data-line="3"] td[data-label="What to do"]');
    await expect(advice).toContainText("'84m' uses a unit");
    const box = await advice.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    // The leading space is kept (pre-wrap) between visible quotes.
    const value = report.locator('tr[data-line="2"] .issue-value .quoted');
    expect(await value.textContent()).toBe(' 84000000');
    expect(
      await value.evaluate((el) => [getComputedStyle(el).whiteSpace, getComputedStyle(el, '::before').content]),
    ).toEqual(['pre-wrap', '"‘"']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
  });

  test('exported images credit the reader’s file on the charts that draw it, and only there', async ({ page }) => {
    await page.goto('/');
    await upload(page, 'customs.csv', VALID);
    await expect(status(page)).toContainText('customs.csv');
    const svgOf = async (chart: string) => {
      const downloadPromise = page.waitForEvent('download');
      await page.locator(`[data-chart="${chart}"]`).getByRole('button', { name: 'Download SVG' }).click();
      return readFileSync(await (await downloadPromise).path(), 'utf8');
    };
    expect(await svgOf('trajectory')).toContain('Your data: customs.csv (not verified by us)');
    expect(await svgOf('target-vs-actual')).toContain('Your data: customs.csv (not verified by us)');
    expect(await svgOf('attainment')).not.toContain('Your data');
  });
});
