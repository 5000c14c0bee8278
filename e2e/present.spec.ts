import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { expect, homeUrl, test, underBase } from './fixtures';
import type { Page } from '@playwright/test';
import { loadDataset } from '../lib/dataset/load';
import { deckSlides, SOURCES_PER_SLIDE } from '../lib/deck/slides';

/** The deck's length follows data/ (a slide after the target year where figures reach past it). */
const SLIDES = deckSlides(loadDataset(), 'article').length;
const contextSlides = deckSlides(loadDataset(), 'context');

/**
 * The slides the fit tests visit: the article deck's every slide, and the context
 * deck's that differ from them (its title's words and its charts, drawn in that view).
 */
const FIT_VISITS = [
  ...Array.from({ length: SLIDES }, (_, i) => ({ deck: '/present', n: i + 1, count: SLIDES })),
  ...contextSlides.flatMap((slide, i) =>
    slide.kind === 'title' || slide.chart ? [{ deck: '/present/context', n: i + 1, count: contextSlides.length }] : [],
  ),
];

const progress = (page: Page) => page.locator('.deck-progress');
const visibleSlide = (page: Page) => page.locator('.slide:visible');

/**
 * Opens the deck and waits until it answers keys: its listener exists only once React
 * has hydrated it and run its effects, and a key pressed earlier is simply lost.
 */
async function openDeck(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.deck[data-keys="on"]')).toHaveCount(1);
}

async function expectSlide(page: Page, n: number, count = SLIDES) {
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}$`));
  await expect(progress(page)).toContainText(`${n} / ${count}`);
  await expect(visibleSlide(page)).toHaveCount(1);
  await expect(visibleSlide(page)).toHaveAttribute('data-index', String(n));
}

test.describe('slide mode, driven by keyboard or clicker', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter']) {
    test(`${key} moves to the next slide`, async ({ page }) => {
      await openDeck(page, '/present?slide=2');
      await expectSlide(page, 2);
      await page.keyboard.press(key);
      await expectSlide(page, 3);
    });
  }

  for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) {
    test(`${key} moves to the previous slide`, async ({ page }) => {
      await openDeck(page, '/present?slide=3');
      await expectSlide(page, 3);
      await page.keyboard.press(key);
      await expectSlide(page, 2);
    });
  }

  test('Home and End jump to the first and last slides, and the ends hold', async ({ page }) => {
    await openDeck(page, '/present?slide=4');
    await page.keyboard.press('End');
    await expectSlide(page, SLIDES);
    await page.keyboard.press('PageDown');
    await expectSlide(page, SLIDES);
    await page.keyboard.press('Home');
    await expectSlide(page, 1);
    await page.keyboard.press('PageUp');
    await expectSlide(page, 1);
  });

  test('a click on the right half moves on, on the left half moves back', async ({ page }) => {
    await openDeck(page, '/present?slide=2');
    await page.mouse.click(1000, 300);
    await expectSlide(page, 3);
    await page.mouse.click(200, 300);
    await expectSlide(page, 2);
  });

  test('reloading keeps the place, and the back button leaves the deck rather than stepping slides', async ({
    page,
    basePath,
  }) => {
    await page.goto('/');
    await openDeck(page, '/present');
    await expect(progress(page)).toContainText(`1 / ${SLIDES}`);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
    await expectSlide(page, 4);
    await page.reload();
    await expectSlide(page, 4);
    await page.goBack();
    await expect(page).toHaveURL(homeUrl(basePath));
  });

  test('F enters fullscreen, Esc leaves it', async ({ page }) => {
    await openDeck(page, '/present?slide=2');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
    await expectSlide(page, 2);
  });

  for (const key of ['b', '.']) {
    test(`${JSON.stringify(key)} blanks the screen and any key brings it back`, async ({ page }) => {
      await openDeck(page, '/present?slide=3');
      await page.keyboard.press(key);
      await expect(page.getByTestId('blank-screen')).toBeVisible();
      await page.keyboard.press('x');
      await expect(page.getByTestId('blank-screen')).toBeHidden();
      // Bringing the screen back does not also change the slide.
      await expectSlide(page, 3);
    });
  }

  test('the presenter window (P) stays in step with the deck, both ways', async ({ page, context }) => {
    await openDeck(page, '/present?slide=2');
    // The deck shows slide 2 once it has hydrated; a key pressed before that has no listener.
    await expectSlide(page, 2);
    const popupPromise = context.waitForEvent('page');
    await page.keyboard.press('p');
    const presenter = await popupPromise;
    await presenter.waitForLoadState();
    await expect(presenter.getByTestId('presenter-current')).toHaveText('2');
    await expect(presenter.getByTestId('presenter-notes')).toContainText('Actual trade in 2015, US$84 m');
    await expect(presenter.getByTestId('presenter-timer')).toHaveText(/^\d\d:\d\d$/);
    // The deck moves: the presenter follows.
    await page.keyboard.press('ArrowRight');
    await expect(presenter.getByTestId('presenter-current')).toHaveText('3');
    await expect(presenter.locator('.preview-next .slide:visible')).toHaveAttribute('data-index', '4');
    // The presenter moves: the deck follows.
    await presenter.getByRole('button', { name: 'Next' }).click();
    await expectSlide(page, 4);
  });

  test('the context view’s deck opens its own presenter window, in step with it and not with the article deck', async ({
    page,
    context,
    basePath,
  }) => {
    // The article deck open in another tab, as a presenter might have it: it must not move the context deck's presenter.
    const other = await context.newPage();
    await openDeck(other, underBase('/present?slide=5', basePath));
    await openDeck(page, '/present/context?slide=2');
    await expectSlide(page, 2, contextSlides.length);
    const popupPromise = context.waitForEvent('page');
    await page.keyboard.press('p');
    const presenter = await popupPromise;
    await presenter.waitForLoadState();
    await expect(presenter).toHaveURL(/\/present\/context\/presenter\?slide=2$/);
    await expect(presenter.getByTestId('presenter-current')).toHaveText('2');
    await expect(presenter.getByTestId('presenter-notes')).toContainText('In 2020 itself trade was US$42.74');
    await page.keyboard.press('ArrowRight');
    await expect(presenter.getByTestId('presenter-current')).toHaveText('3');
    await other.keyboard.press('ArrowRight');
    await expect(other).toHaveURL(/\/present\?slide=6$/);
    await presenter.getByRole('button', { name: 'Next' }).click();
    await expectSlide(page, 4, contextSlides.length);
    // The article deck stayed where its own reader put it.
    await expect(other).toHaveURL(/\/present\?slide=6$/);
    await expect(presenter.getByTestId('presenter-current')).toHaveText('4');
  });

  test('the presenter timer goes on from where it was when its window reloads', async ({ page }) => {
    await page.goto('/present/presenter');
    const timer = page.getByTestId('presenter-timer');
    await expect(timer).toHaveText('00:06', { timeout: 15_000 });
    await page.reload();
    // Within the 5 s this waits, a timer that restarted would reach 00:05 at most.
    await expect(timer).toHaveText(/^00:(0[6-9]|1\d)$/, { timeout: 5_000 });
    await page.getByRole('button', { name: 'Reset timer' }).click();
    await expect(timer).toHaveText('00:00');
  });
});

test('the Sources slides give every source its web address, in full, as a link', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const sources = Papa.parse<{ publisher: string; url: string }>(
    readFileSync(path.join(process.cwd(), 'data', 'sources.csv'), 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data;
  expect(sources.length).toBeGreaterThan(0);
  const sourceSlides = deckSlides(loadDataset(), 'article').flatMap((slide, i) =>
    slide.kind === 'sources' ? [i + 1] : [],
  );
  // As many slides as it takes, each still readable, together in the order of sources.csv.
  expect(sourceSlides.length).toBe(Math.ceil(sources.length / SOURCES_PER_SLIDE));
  const texts: string[] = [];
  const hrefs: (string | null)[] = [];
  for (const n of sourceSlides) {
    await openDeck(page, `/present?slide=${n}`);
    const links = visibleSlide(page).locator('.slide-sources a');
    texts.push(...(await links.allTextContents()));
    hrefs.push(...(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))));
    // No footer crediting only some of them.
    await expect(visibleSlide(page).locator('.slide-source')).toHaveText('');
    // Long addresses wrap inside the slide rather than run off its edge.
    const slideBox = await visibleSlide(page).boundingBox();
    for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().right)))
      expect(box).toBeLessThanOrEqual((slideBox?.x ?? 0) + (slideBox?.width ?? 0));
  }
  expect(texts).toEqual(sources.map((s) => s.url));
  expect(hrefs).toEqual(sources.map((s) => s.url));
});

test.describe('finding the keys', () => {
  test('? (or the ? button) lists the keys, Esc hides them, and a digit goes to that slide', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openDeck(page, '/present?slide=1');
    const help = page.getByRole('region', { name: 'Keys' });
    await expect(help).toHaveCount(0);
    await page.keyboard.press('?');
    await expect(help).toBeVisible();
    await expect(help).toContainText('blank the screen');
    await expect(help).toContainText('presenter view');
    await page.screenshot({ path: test.info().outputPath('keys-help.png') });
    // It sits inside the screen, over nothing that scrolls.
    const box = await help.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 720).toBe(true);
    // Clicking in it reads it; it does not turn the page.
    await help.click();
    await expectSlide(page, 1);
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    await page.getByRole('button', { name: 'Keys (?)' }).click();
    await expect(help).toBeVisible();
    await expect(page.getByRole('button', { name: 'Keys (?)' })).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('5');
    await expectSlide(page, 5);
    // 9 goes to slide 9 where the deck has one, and does nothing where it does not.
    await page.keyboard.press('9');
    await expectSlide(page, SLIDES >= 9 ? 9 : 5);
  });
});

test.describe('the presenter window', () => {
  test('fits its 1100×720 window on every slide: the notes sit under the previews and never push the page into scrolling', async ({
    page,
  }) => {
    // Every slide loaded and measured: generous on a busy machine.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1100, height: 720 });
    for (const { deck, n } of FIT_VISITS) {
      const at = `${deck} slide ${n}`;
      await page.goto(`${deck}/presenter?slide=${n}`);
      await expect(page.getByTestId('presenter-current')).toHaveText(String(n));
      const layout = await page.evaluate(() => {
        const notes = document.querySelector<HTMLElement>('.presenter-notes-pane');
        const box = notes?.getBoundingClientRect();
        return {
          scrolls: document.documentElement.scrollHeight - innerHeight,
          notesTop: box?.top ?? 0,
          notesBottom: box?.bottom ?? 0,
          height: innerHeight,
        };
      });
      expect(layout.scrolls, at).toBe(0);
      expect(layout.notesBottom, at).toBeLessThanOrEqual(layout.height);
      // Room for several lines of notes, whatever the slide.
      expect(layout.notesBottom - layout.notesTop, at).toBeGreaterThan(200);
    }
  });
});

test.describe('the presenter’s notes', () => {
  test('scroll from the keyboard when long (↑ ↓ in them), while a clicker’s keys still move the deck', async ({
    page,
  }) => {
    // The context deck's trajectory slide has the longest notes; a short window makes them overflow.
    const n = contextSlides.findIndex((slide) => slide.kind === 'trajectory') + 1;
    await page.setViewportSize({ width: 900, height: 520 });
    await page.goto(`/present/context/presenter?slide=${n}`);
    await expect(page.getByTestId('presenter-current')).toHaveText(String(n));
    const pane = page.locator('.presenter-notes-pane');
    expect(await pane.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeGreaterThan(20);
    // Tab reaches the notes, after the buttons.
    for (let i = 0; i < 12 && !(await pane.evaluate((el) => el === document.activeElement)); i += 1)
      await page.keyboard.press('Tab');
    await expect(pane).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await expect(page.getByTestId('presenter-current')).toHaveText(String(n));
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('presenter-current')).toHaveText(String(n + 1));
  });
});

test.describe('every slide fits the screen', () => {
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    test(`no scrollbars or clipped text at ${size.width}×${size.height}`, async ({ page }, testInfo) => {
      // Every slide loaded, measured and (at 1920) photographed: generous on a busy machine.
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      for (const { deck, n, count } of FIT_VISITS) {
        const at = `${deck} slide ${n}`;
        await page.goto(`${deck}?slide=${n}`);
        await expectSlide(page, n, count);
        const overflow = await page.evaluate(() => {
          const slide = [...document.querySelectorAll<HTMLElement>('.slide')].find(
            (s) => getComputedStyle(s).display !== 'none',
          );
          const clipped = slide
            ? [slide, ...slide.querySelectorAll<HTMLElement>('*')].filter(
                (el) =>
                  el.scrollHeight > el.clientHeight + 1 &&
                  getComputedStyle(el).overflow !== 'visible' &&
                  !(el instanceof SVGElement),
              )
            : [];
          const doc = document.documentElement;
          return {
            page: [doc.scrollWidth - doc.clientWidth, doc.scrollHeight - doc.clientHeight],
            clipped: clipped.map((el) => el.className),
            fontSize: slide ? parseFloat(getComputedStyle(slide).fontSize) : 0,
            // What of the slide's own footer (its source line and buttons) the deck's controls cover.
            covered: (() => {
              const controls = document.querySelector('.deck-controls')?.getBoundingClientRect();
              if (!slide || !controls) return [];
              return [...slide.querySelectorAll<HTMLElement>('.slide-footer a, .slide-footer button, .slide-footer p')]
                .filter((el) => {
                  const box = el.getBoundingClientRect();
                  return (
                    box.width > 0 &&
                    box.right > controls.left &&
                    box.left < controls.right &&
                    box.bottom > controls.top &&
                    box.top < controls.bottom
                  );
                })
                .map((el) => el.textContent);
            })(),
          };
        });
        expect(overflow.page, `${at}: page scrolls`).toEqual([0, 0]);
        expect(overflow.covered, `${at}: covered by the deck's controls`).toEqual([]);
        expect(overflow.clipped, `${at}: clipped content`).toEqual([]);
        if (size.width === 1920) {
          expect(overflow.fontSize, `${at}: body text size`).toBeGreaterThanOrEqual(28);
          const shot = testInfo.outputPath(`${deck.slice(1).replace('/', '-')}-slide-${n}-1920x1080.png`);
          await page.screenshot({ path: shot });
          await testInfo.attach(at, { path: shot, contentType: 'image/png' });
        }
      }
    });
  }
});

test('on a phone held upright, each slide reads at 12 px or more and never scrolls sideways', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const { deck, n, count } of FIT_VISITS) {
    await page.goto(`${deck}?slide=${n}`);
    await expectSlide(page, n, count);
    const measured = await page.evaluate(() => {
      const slide = [...document.querySelectorAll<HTMLElement>('.slide')].find(
        (s) => getComputedStyle(s).display !== 'none',
      );
      // Every visible HTML element with text of its own (chart SVG text is sized by the chart).
      const small = [...(slide?.querySelectorAll<HTMLElement>('*') ?? [])]
        .filter(
          (el) =>
            !(el instanceof SVGElement) &&
            el.offsetParent !== null &&
            [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim()),
        )
        .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 12)
        .map((el) => `${el.className}: ${getComputedStyle(el).fontSize}`);
      return { sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth, small };
    });
    expect(measured.sideways, `${deck} slide ${n}: sideways scroll`).toBe(0);
    expect(measured.small, `${deck} slide ${n}: text under 12 px`).toEqual([]);
  }
  // The deck still steps from the keyboard.
  const last = FIT_VISITS.at(-1);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, (last?.n ?? 2) - 1, last?.count);
});

test('printing /present gives one landscape page per slide and no controls', async ({ page }) => {
  await openDeck(page, '/present');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.deck-controls')).toBeHidden();
  await expect(page.locator('.slide:visible')).toHaveCount(SLIDES);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(SLIDES);
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2]));
});
