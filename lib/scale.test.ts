import { describe, expect, it } from 'vitest';
import { niceTicks } from './scale';

describe('niceTicks', () => {
  it('gives round steps of 250 million up to a 1 bn target', () => {
    expect(niceTicks(1e9, 5)).toEqual([0, 250e6, 500e6, 750e6, 1e9]);
  });
  it('gives fewer, wider steps for a narrow chart', () => {
    expect(niceTicks(1e9, 3)).toEqual([0, 500e6, 1e9]);
  });
  it('always reaches past the largest value', () => {
    const ticks = niceTicks(92.34e6, 5);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(92.34e6);
    expect(ticks).toEqual([0, 25e6, 50e6, 75e6, 100e6]);
  });
  it('copes with nothing to show', () => {
    expect(niceTicks(0, 5)).toEqual([0]);
  });
});
