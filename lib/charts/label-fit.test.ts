import { describe, it, expect } from 'vitest';
import { estimatedLabelWidth, labelsThatFit } from './label-fit';

const row = (xs: number[], width = 50) => xs.map((x) => ({ x, width }));

describe('labelsThatFit', () => {
  it('keeps every label when they are far apart', () => {
    expect([...labelsThatFit(row([0, 100, 200]))].sort()).toEqual([0, 1, 2]);
  });

  it('keeps the last, then the first, then those that clear them, left to right', () => {
    // 20 px apart with 50 px labels: every third one clears its kept neighbour (3 × 20 ≥ 50 + 6).
    const kept = labelsThatFit(row([0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200]));
    expect([...kept].sort((a, b) => a - b)).toEqual([0, 3, 6, 10]);
  });

  it('never keeps two labels that overlap', () => {
    const labels = row(
      Array.from({ length: 33 }, (_, i) => i * 9),
      64,
    );
    const kept = [...labelsThatFit(labels)].sort((a, b) => a - b);
    expect(kept[kept.length - 1]).toBe(32);
    expect(kept[0]).toBe(0);
    for (let i = 1; i < kept.length; i += 1)
      expect((labels[kept[i] ?? 0]?.x ?? 0) - (labels[kept[i - 1] ?? 0]?.x ?? 0)).toBeGreaterThanOrEqual(70);
  });

  it('keeps clear of labels already taken by others', () => {
    // The article's label at x = 100 rules out the points at 80 and 120, not those at 40 and 160.
    expect([...labelsThatFit(row([40, 80, 120, 160]), 6, [{ x: 100, width: 50 }])].sort((a, b) => a - b)).toEqual([
      0, 3,
    ]);
  });

  it('keeps the single label, and nothing of an empty row', () => {
    expect([...labelsThatFit(row([5]))]).toEqual([0]);
    expect(labelsThatFit([]).size).toBe(0);
  });
});

describe('estimatedLabelWidth', () => {
  it('grows with the text and the font size', () => {
    expect(estimatedLabelWidth('84', 20)).toBeCloseTo(2 * estimatedLabelWidth('84', 10));
    expect(estimatedLabelWidth('US$10.5 m (3 mo)', 10)).toBeGreaterThan(estimatedLabelWidth('US$84 m', 10));
  });

  it('gives digits their width and full stops and spaces less, as a sans-serif draws them', () => {
    // DejaVu Sans, the widest of the system fonts here: digits 0.636 em, full stop 0.318 em.
    expect(estimatedLabelWidth('47.9', 11)).toBeCloseTo((3 * 0.64 + 0.32) * 11);
    expect(estimatedLabelWidth('1 111', 10)).toBeLessThan(estimatedLabelWidth('11111', 10));
  });
});
