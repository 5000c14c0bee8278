import { expect, homeUrl, test } from './fixtures';
import { countColours } from './pixels';

test.describe('a reader opens the dashboard', () => {
  test('sees the targets, the actual figure and what they mean', async ({ page }) => {
    // Open the dashboard.
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Targets versus actual trade');

    // The three headline figures.
    await expect(page.locator('[data-figure="original-2014"] .figure-value')).toHaveText('US$1 bn');
    await expect(page.locator('[data-figure="revised-2015"] .figure-value')).toHaveText('US$500 m');
    await expect(page.locator('[data-figure="actual"] .figure-value')).toHaveText('US$84 m');

    // Attainment, shortfall and growth needed, per target.
    const revised = page.locator('.derived-table tr[data-target="revised-2015"]');
    await expect(revised.locator('[data-metric="attainment"]')).toHaveText('16.8 %');
    await expect(revised.locator('[data-metric="shortfall"]')).toHaveText('US$416 m');
    await expect(revised.locator('[data-metric="required-growth"]')).toHaveText('≈ 42.9 %');
    const original = page.locator('.derived-table tr[data-target="original-2014"]');
    await expect(original.locator('[data-metric="attainment"]')).toHaveText('8.4 %');
    await expect(original.locator('[data-metric="shortfall"]')).toHaveText('US$916 m');
    await expect(original.locator('[data-metric="required-growth"]')).toHaveText('≈ 64.1 %');
  });

  test('sees the bars in order, with their labels and values, scaled to the data', async ({ page }) => {
    await page.goto('/');
    const chart = page.locator('[data-chart="target-vs-actual"] .chart-wide');
    // Category labels, top to bottom.
    const labels = chart.locator('.recharts-yAxis .recharts-cartesian-axis-tick text');
    await expect(labels).toHaveCount(3);
    await expect(labels.nth(0)).toContainText('Original target');
    await expect(labels.nth(1)).toContainText('Revised target');
    await expect(labels.nth(2)).toContainText('Actual 2015');
    await expect(labels.nth(2)).toContainText('KOTRA');
    // Value labels at the end of each bar.
    await expect(chart.locator('.recharts-label-list text')).toHaveText(['US$1 bn', 'US$500 m', 'US$84 m']);
    // Bar lengths are proportional to the values: 84 m is 16.8 % of 500 m.
    const widths = await chart
      .locator('.recharts-bar-rectangle path')
      .evaluateAll((paths) => paths.map((p) => (p as SVGGraphicsElement).getBBox().width));
    expect(widths).toHaveLength(3);
    const [originalWidth = 0, revisedWidth = 0, actualWidth = 0] = widths;
    expect(revisedWidth / originalWidth).toBeCloseTo(0.5, 2);
    expect(actualWidth / revisedWidth).toBeCloseTo(0.168, 2);
    // The axis states the unit.
    await expect(chart.locator('.recharts-xAxis .recharts-label')).toHaveText('US$ million (current dollars)');
  });

  test('reads each chart as text too', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('[data-chart="target-vs-actual"] .chart-summary')).toHaveText(
      'Actual trade in 2015, US$84 m (KOTRA), was 8.4 % of the original target of US$1 bn and 16.8 % of the revised target of US$500 m for 2020.',
    );
    await expect(page.getByRole('figure', { name: /far below even the reduced US\$500 m goal/ })).toBeVisible();
    await expect(page.locator('[data-chart="trajectory"] .chart-summary')).toContainText(
      'grow 42.9 % a year from 2015',
    );
  });

  test('sees the trajectory with gaps, required paths, targets and events', async ({ page }) => {
    await page.goto('/context');
    const chart = page.locator('[data-chart="trajectory"] .chart-wide');
    const ticks = chart.locator('.recharts-xAxis .recharts-cartesian-axis-tick text');
    await expect(ticks.first()).toHaveText('2010');
    await expect(ticks.last()).toHaveText('2024');
    // Points only where a producer has a figure: none at 2022.
    const years = await chart
      .locator('.published-dot, .article-dot')
      .evaluateAll((dots) => [...new Set(dots.map((d) => Number(d.getAttribute('data-year'))))].sort());
    expect(years).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2023, 2024]);
    // Points carry no line of their own: lines are drawn apart, per producer (e2e/record.spec.ts).
    await expect(chart.locator('.series-publisher .recharts-line-curve').first()).toHaveAttribute('stroke', 'none');
    // The article's figure is drawn last, on top of the others of its year.
    const seriesOrder = await chart
      .locator('.series-article, .series-publisher')
      .evaluateAll((groups) => groups.map((g) => g.getAttribute('class')?.match(/series-(article|publisher)/)?.[0]));
    expect(seriesOrder.at(-1)).toBe('series-article');
    // Two required paths, dashed, one per target; the targets labelled at 2020, the other reports' 2015 goal too.
    await expect(chart.locator('.series-required-path .recharts-line-curve[stroke-dasharray]')).toHaveCount(2);
    await expect(chart.locator('.series-target')).toContainText(['Original targetUS$1 bn', 'Revised targetUS$500 m']);
    await expect(chart.locator('.series-goal')).toContainText('Goal for 2015US$300 m');
    // Events from events.csv marked on the chart (by year where titles would meet), explained in the legend.
    await expect(chart.locator('.event-line')).toHaveCount(4);
    const legend = page.locator('[data-chart="trajectory"] .legend');
    await expect(legend).toContainText('Path needed for the revised target: +42.9 % a year');
    await expect(legend).toContainText('2017: Oil and labour services put on the UN sanctions list');
    await expect(legend).toContainText('13 September 2023: Kim–Putin summit at the Vostochny Cosmodrome');
    await expect(legend).toContainText('KOTRA (the article’s source)');
    await expect(legend).toContainText('Hollow marks, dashed lines: derived from exports and imports, or an estimate');
  });

  test('in the article view, sees the article’s events titled in full on the trajectory', async ({ page }) => {
    await page.goto('/');
    const chart = page.locator('[data-chart="trajectory"] .chart-wide');
    await expect(chart.locator('.recharts-xAxis .recharts-cartesian-axis-tick text')).toHaveText([
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
    ]);
    await expect(chart.locator('.event-line')).toHaveCount(2);
    await expect(chart).toContainText('2014: Russia cancels 90% of the');
  });

  test('sees the bullet graphs, timeline and every source', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.chart-wide .bullet-row[data-target="revised-2015"] .bullet-percent')).toHaveText(
      '16.8 %',
    );
    await expect(page.locator('.chart-wide .bullet-row[data-target="original-2014"] .bullet-percent')).toHaveText(
      '8.4 %',
    );
    await expect(
      page.locator('.chart-wide .bullet-row[data-target="revised-2015"] rect[data-kind="actual"]'),
    ).toBeVisible();
    await expect(page.locator('.timeline-item')).toHaveCount(9);
    await expect(page.locator('.timeline-item').first().locator('time')).toHaveText('2014');
    await expect(page.locator('.timeline-item[data-date="2018-03-22"] time')).toHaveText(
      '22 March 2018(date from a photo caption)',
    );
    // The article's 2015 figure, with its producer and its quote.
    const rows2015 = page.locator('.sources-table tr[data-year="2015"]');
    await expect(rows2015).toHaveCount(1);
    await expect(rows2015.nth(0)).toContainText('US$84 m');
    await expect(rows2015.nth(0)).toContainText('KOTRA');
    await expect(rows2015.nth(0)).toContainText('the 2015 trade volume was just 84 million U.S. dollars');
  });
});

test.describe('the data and sources table', () => {
  test('sorts by any column, says so to screen readers, and right-aligns numbers under their header', async ({
    page,
  }) => {
    await page.goto('/');
    const table = page.locator('table.sources-table');
    await expect(table.locator('caption')).toHaveText('Every figure, with its source and the words that support it');
    const value = table.getByRole('columnheader', { name: 'Value' });
    // Amounts are written with a no-break space (US$84 m); read here as plain spaces.
    const firstValue = async () =>
      (await table.locator('tbody td[data-label="Value"]').first().innerText()).replaceAll('\u00A0', ' ');
    // The file's order first: the targets, then the trade figures by year.
    expect(await firstValue()).toBe('US$1 bn');
    await value.getByRole('button').click();
    await expect(value).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(firstValue).toBe('US$84 m');
    await value.getByRole('button').click();
    await expect(value).toHaveAttribute('aria-sort', 'descending');
    await expect.poll(firstValue).toBe('US$1 bn');
    // Another column takes the sort over, and the first one no longer claims it.
    const figure = table.getByRole('columnheader', { name: 'Figure', exact: true });
    await figure.getByRole('button').click();
    await expect(figure).toHaveAttribute('aria-sort', 'ascending');
    await expect(value).not.toHaveAttribute('aria-sort');
    const align = (locator: ReturnType<typeof page.locator>) =>
      locator.evaluate((el) => getComputedStyle(el).textAlign);
    expect(await align(value)).toBe('right');
    expect(await align(table.locator('tbody td[data-label="Value"]').first())).toBe('right');
  });
});

test.describe('on a phone, 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the page fits without sideways scrolling and shows the narrow charts', async ({ page }) => {
    await page.goto('/context');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await expect(page.locator('[data-chart="target-vs-actual"] .chart-narrow svg')).toBeVisible();
    await expect(page.locator('[data-chart="target-vs-actual"] .chart-wide')).toBeHidden();
    await expect(page.locator('[data-chart="trajectory"] .chart-narrow svg')).toBeVisible();
    await expect(page.locator('[data-chart="attainment"] .chart-narrow svg')).toBeVisible();
    await expect(page.locator('[data-figure="actual"] .figure-value')).toHaveText('US$84 m');
  });

  test('the trajectory’s value labels are bare millions (the axis gives the unit) and none overlap', async ({
    page,
  }) => {
    await page.goto('/context');
    const drawing = page.locator('[data-chart="trajectory"] .chart-narrow');
    await expect(drawing.locator('.recharts-label').filter({ hasText: 'US$ million' })).toHaveCount(1);
    const labels = drawing.locator(
      '.series-article .recharts-label-list text, .series-publisher .recharts-label-list text',
    );
    // The article's figure, the target year's and the latest: the other points are told by the tooltip and table.
    expect((await labels.allTextContents()).sort()).toEqual(['34', '42.74', '84']);
    const boxes = await labels.evaluateAll((texts) =>
      texts.map((t) => t.getBoundingClientRect()).map(({ left, right, top, bottom }) => ({ left, right, top, bottom })),
    );
    const overlapping = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        .map(() => i),
    );
    expect(overlapping).toEqual([]);
  });
});

test.describe('on a phone, pointing at the charts', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('tooltips stay on screen and never widen the page, shown or hidden', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('group', { name: 'Colour theme' })).toBeVisible();
    const sideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const chart of ['target-vs-actual', 'trajectory']) {
      const drawing = page.locator(`[data-chart="${chart}"] .chart-narrow svg.recharts-surface`).first();
      await drawing.scrollIntoViewIfNeeded();
      const box = await drawing.boundingBox();
      if (!box) throw new Error(`no ${chart} drawing`);
      // Across the plot, as a finger would: the long bar names made the tooltip wider than the phone.
      for (const across of [0.45, 0.6, 0.75]) {
        await page.mouse.move(box.x + box.width * across, box.y + box.height * 0.5);
        const tooltip = page.locator('.recharts-tooltip-wrapper').filter({ visible: true });
        await expect(tooltip).toHaveCount(1);
        const shown = await tooltip.boundingBox();
        expect(shown && shown.x >= 0 && shown.x + shown.width <= 360).toBe(true);
        expect(await sideways()).toBe(0);
      }
      await page.mouse.move(2, 2);
      await expect(page.locator('.recharts-tooltip-wrapper').filter({ visible: true })).toHaveCount(0);
      expect(await sideways()).toBe(0);
    }
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every chart and figure is already in the page', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('[data-chart="target-vs-actual"] .chart-wide .recharts-bar-rectangle')).toHaveCount(3);
    await expect(page.locator('[data-chart="trajectory"] .chart-wide .recharts-line')).not.toHaveCount(0);
    await expect(page.locator('.chart-wide .bullet-svg .bullet-row')).toHaveCount(2);
    await expect(page.locator('[data-figure="actual"] .figure-value')).toHaveText('US$84 m');
  });

  test('the context switch still works, and controls that need JavaScript are not shown dead', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'With context figures' }).click();
    await expect(page).toHaveURL(/\/context#figures-shown$/);
    await expect(page.locator('[data-chart="target-vs-actual"] .chart-wide .recharts-bar-rectangle')).toHaveCount(4);
    await expect(page.getByRole('link', { name: 'With context figures' })).toHaveAttribute('aria-current', 'page');
    await page.getByRole('link', { name: 'Article figures only' }).click();
    await expect(page.locator('[data-chart="target-vs-actual"] .chart-wide .recharts-bar-rectangle')).toHaveCount(3);
    // No image export buttons or file picker that would do nothing; a note says why.
    await expect(page.getByRole('button', { name: /^Download (PNG|SVG)/ }).filter({ visible: true })).toHaveCount(0);
    await expect(page.locator('input[type="file"]')).toBeHidden();
    // (By class: Playwright's text engine skips <noscript>, even with JavaScript off.)
    await expect(page.locator('.noscript-note')).toBeVisible();
    await expect(page.locator('.noscript-note')).toContainText(
      'Loading your own data needs JavaScript, which is off in this browser.',
    );
    // The CSV downloads are plain links and still there.
    await expect(page.locator('.download-link').first()).toBeVisible();
  });

  test('slide mode says how to see the slides, and shows no buttons that would do nothing', async ({ page }) => {
    await page.goto('/present');
    await expect(page.locator('.noscript-note')).toBeVisible();
    await expect(page.locator('.noscript-note')).toContainText('Moving between slides needs JavaScript');
    await expect(page.locator('.deck-controls')).toBeHidden();
  });
});

test.describe('from the keyboard', () => {
  test('Tab reaches the trajectory chart, arrow keys step through its years and read each value, focus is visible', async ({
    page,
  }) => {
    await page.goto('/');
    const chart = page.locator('[data-chart="trajectory"] .chart-wide');
    const surface = chart.locator('.recharts-wrapper[tabindex="0"], svg.recharts-surface[tabindex="0"]').first();
    // Tab until the chart has focus, as a keyboard user would. Asked of the document, not of
    // one element: on focus the server drawing is swapped for the live chart, focus moving with it.
    const chartFocused = () =>
      page.evaluate(
        () =>
          document.activeElement?.closest('[data-chart="trajectory"] .chart-wide') != null &&
          document.activeElement?.getAttribute('tabindex') === '0',
      );
    // On the way, the bar chart is passed over: its arrow keys would do nothing, so it is no tab stop.
    const inBars = () =>
      page.evaluate(() => document.activeElement?.closest('[data-chart="target-vs-actual"] .chart-drawing') != null);
    for (let i = 0; i < 40 && !(await chartFocused()); i += 1) {
      await page.keyboard.press('Tab');
      expect(await inBars()).toBe(false);
    }
    await expect(surface).toBeFocused();
    expect(await surface.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

    // recharts' keyboard layer moves its active point one key press at a time, from the left.
    const tooltip = chart.locator('.recharts-tooltip-wrapper');
    await expect(async () => {
      await page.keyboard.press('ArrowRight');
      await expect(tooltip).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 10_000 });
    const first = await tooltip.innerText();
    await page.keyboard.press('ArrowRight');
    await expect(tooltip).not.toHaveText(first);
    await expect(tooltip).toContainText(/\d{4}/);
  });
});

test.describe('from the keyboard, at the top of the page', () => {
  test('Skip to content passes the site controls and lands on the story', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('group', { name: 'Colour theme' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    // Next comes the story's first control, not the theme switch or the slides link.
    await page.keyboard.press('Tab');
    await expect(page.locator('.context-switch a').first()).toBeFocused();
  });

  test('the focus ring shows whole on every option of the theme and context switches', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('group', { name: 'Colour theme' })).toBeVisible();
    const options = [
      page.getByRole('group', { name: 'Colour theme' }).getByRole('button'),
      page.locator('.context-switch a'),
    ];
    for (const group of options) {
      for (let i = 0; i < (await group.count()); i += 1) {
        const option = group.nth(i);
        await option.focus();
        const box = await option.boundingBox();
        if (!box) throw new Error('option not drawn');
        // The ring is the focus colour (#c2410c in the light theme); the groups clip to their
        // rounded corners, so it must be drawn inside the option to be seen.
        const { counts } = await countColours(page, await page.screenshot({ clip: box }), [
          { r: 194, g: 65, b: 12, tolerance: 11 },
        ]);
        // Three pixels thick all round, less the rounded corners.
        expect(counts[0], await option.innerText()).toBeGreaterThan(4 * (box.width + box.height));
      }
    }
  });

  test('the dashboard links to slide mode', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Present as slides' }).click();
    await expect(page).toHaveURL(/\/present$/);
    await expect(page.locator('.slide:visible .slide-title')).toHaveText('Russia–DPRK trade: targets versus actuals');
  });

  test('slide mode keeps the view the reader came from, there and back', async ({ page }) => {
    await page.goto('/context');
    await page.getByRole('link', { name: 'Present as slides' }).click();
    await expect(page).toHaveURL(/\/present\/context$/);
    await expect(page.locator('.deck[data-keys="on"]')).toHaveCount(1);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/present\/context\?slide=2$/);
    // The deck of the context view: its first chart draws the target year's figure from other publishers.
    await expect(page.locator('.slide:visible .recharts-bar-rectangle')).toHaveCount(4);
    await expect(page.locator('.slide:visible svg')).toContainText('US$42.74');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page).toHaveURL(/\/context$/);
    await expect(page.getByRole('link', { name: 'With context figures' })).toHaveAttribute('aria-current', 'page');
  });

  test('an old link to the context view’s slides (?from=context) lands on them, at its slide', async ({ page }) => {
    await page.goto('/present?from=context&slide=3');
    await expect(page).toHaveURL(/\/present\/context\?slide=3$/);
    await expect(page.locator('.slide:visible .slide-title')).toHaveText(
      'The path trade would have needed, and the path it took',
    );
  });
});

test.describe('charts load their interactive code on first use', () => {
  test('the page loads no charting library until a chart is pointed at; then the tooltip answers at once', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    const fetched = (signature: string) => async () => {
      const bodies = await Promise.all(scripts.map((url) => page.request.get(url).then((r) => r.text())));
      return bodies.some((body) => body.includes(signature));
    };
    const recharts = fetched('recharts-tooltip-wrapper');
    // zod belongs to the upload worker: a value imported from a module that uses it once put 90 KB on every load.
    const zod = fetched('ZodError');
    // pptxgenjs comes only with a PowerPoint download (e2e/powerpoint.spec.ts).
    const pptxgen = fetched('ppt/presentation.xml');
    await page.goto('/');
    await expect(page.getByRole('group', { name: 'Colour theme' })).toBeVisible();
    // Hydrated and settled: anything fetched on load has been fetched by now.
    await page.waitForLoadState('networkidle');
    // The drawn chart is there (server HTML), yet no recharts code has been fetched.
    const chart = page.locator('[data-chart="target-vs-actual"] .chart-wide');
    await expect(chart.locator('.recharts-bar-rectangle')).toHaveCount(3);
    expect(await recharts()).toBe(false);
    expect(await zod()).toBe(false);
    expect(await pptxgen()).toBe(false);

    // One pointer move onto a bar: recharts loads and its tooltip shows that bar's value.
    await chart.locator('.recharts-bar-rectangle').nth(2).hover();
    await expect(chart.locator('.recharts-tooltip-wrapper')).toContainText('US$84 m');
    expect(await recharts()).toBe(true);
  });

  test('arriving from the slides by link, with no server drawing to keep, the charts are drawn', async ({
    page,
    basePath,
  }) => {
    await page.goto('/present');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page).toHaveURL(homeUrl(basePath));
    const bars = page.locator('[data-chart="target-vs-actual"] .chart-wide');
    await expect(bars.locator('.recharts-bar-rectangle')).toHaveCount(3);
    await expect(bars.locator('.recharts-label-list text')).toHaveText(['US$1 bn', 'US$500 m', 'US$84 m']);
    await expect(page.locator('[data-chart="trajectory"] .chart-wide .recharts-line')).not.toHaveCount(0);
  });
});
