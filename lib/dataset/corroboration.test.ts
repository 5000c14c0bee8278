import { describe, expect, it } from 'vitest';
import { plainText } from './cited-text';
import { corroborateFigure, corroborateTarget, sameAmount } from './corroboration';
import { figureCorroborationText, targetCorroborationText } from './corroboration-words';
import { readDataset } from './load';

/* Whether other reports in data/ support the article's figures, and what the page says beside each. */

const dataset = () => readDataset().dataset;
const target = (id: string) => {
  const found = dataset().targets.find((t) => t.target_id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('sameAmount', () => {
  it('compares at the precision of the rounder figure', () => {
    expect(sameAmount(76000000, 75930000)).toBe(true);
    expect(sameAmount(34000000, 34066000)).toBe(true);
    expect(sameAmount(84000000, 83220000)).toBe(false);
    expect(sameAmount(40469, 40569)).toBe(false);
  });
});

describe('corroboration of the article’s figures', () => {
  it('finds the US$1 bn goal for 2020 in four other reports', () => {
    const { supporting } = corroborateTarget(target('original-2014'), dataset());
    expect(supporting.map((t) => t.source_id)).toEqual([
      'nknews-2014-04',
      'tongilnews-106632',
      'reuters-2014-06-05',
      'sbs-2015-02-24',
    ]);
  });

  it('finds no other report of the US$500 m target, and names what 2015’s reports said instead', () => {
    const { supporting, sameYear } = corroborateTarget(target('revised-2015'), dataset());
    expect(supporting).toEqual([]);
    expect(sameYear.map((g) => [g.value_usd, g.target_year, g.superseded, g.targets.map((t) => t.source_id)])).toEqual([
      [1000000000, 2020, true, ['sbs-2015-02-24']],
      [300000000, 2015, false, ['sbs-2015-02-24', 'rfa-ko-2015-03-17']],
    ]);
    expect(plainText(targetCorroborationText(target('revised-2015'), dataset()))).toBe(
      'Only the article gives this target: no other report here states US$500\u00A0m for 2020. Reports from 2015 name a US$300\u00A0m goal for 2015 (SBS, 24 February 2015; Radio Free Asia, 17 March 2015) and still a US$1\u00A0bn goal for 2020 (SBS, 24 February 2015).',
    );
  });

  it('links every report it names', () => {
    const text = targetCorroborationText(target('revised-2015'), dataset());
    const links = text.filter((part) => typeof part !== 'string');
    expect(links.map((l) => (typeof l === 'string' ? '' : l.url))).toEqual([
      'https://news.sbs.co.kr/news/endPagePrintPopup.do?news_id=N1002850013',
      'http://rfa.org/korean/in_focus/food_international_org/nkrussia-03172015152008.html',
      'https://news.sbs.co.kr/news/endPagePrintPopup.do?news_id=N1002850013',
    ]);
  });

  it('finds no other report of KOTRA’s US$84 m for 2015, and how far the other producers’ figures are', () => {
    const article = dataset().trade.find((f) => f.basis === 'article');
    if (!article) throw new Error('no article figure');
    const { supporting, differing } = corroborateFigure(article, dataset());
    expect(supporting).toEqual([]);
    expect(differing.map((d) => [d.figure.producer, d.figure.value_usd, Math.round(d.difference * 1000) / 10])).toEqual(
      [
        ['International Trade Centre', 83220000, 0.9],
        ['Russian customs service', 80040371, 4.9],
      ],
    );
    expect(plainText(figureCorroborationText(article, dataset()))).toMatch(
      /^No other report here gives US\$84\u00A0m for 2015\. Other producers’ figures for that year: International Trade Centre US\$83\.22\u00A0m, derived \(the article’s is 0\.9\u00A0% higher; KBS World\); and Russian customs service US\$80\.04\u00A0m \(the article’s is 4\.9\u00A0% higher; Radio Free Asia, 21 February 2018\)\.$/,
    );
  });
});
