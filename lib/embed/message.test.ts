import { describe, expect, it } from 'vitest';
import { NOT_HEIGHT_MESSAGES } from './fixtures/not-height-messages';
import { ASK_FOR_HEIGHT, heightMessage, isAskForHeight, readHeightMessage } from './message';

describe('the height message an embed page posts', () => {
  it('is namespaced plain data: the chart and its height in whole pixels, rounded up', () => {
    expect(heightMessage('trajectory', 611.2)).toEqual({ 'russia-dprk-embed': { chart: 'trajectory', height: 612 } });
    // What postMessage carries is a structured clone: JSON round-trips it exactly.
    expect(JSON.parse(JSON.stringify(heightMessage('attainment', 480)))).toEqual({
      'russia-dprk-embed': { chart: 'attainment', height: 480 },
    });
  });

  it('is read back as it was written', () => {
    expect(readHeightMessage(heightMessage('target-vs-actual', 733.5))).toEqual({
      chart: 'target-vs-actual',
      height: 734,
    });
  });
});

describe('a message that is not a height message of ours in every detail', () => {
  for (const [name, data] of NOT_HEIGHT_MESSAGES)
    it(`is ignored: ${name}`, () => {
      expect(readHeightMessage(data)).toBeNull();
    });
});

describe('the host asking for the height again', () => {
  it('is recognised only in its own shape', () => {
    expect(isAskForHeight(ASK_FOR_HEIGHT)).toBe(true);
    expect(isAskForHeight(JSON.parse(JSON.stringify(ASK_FOR_HEIGHT)))).toBe(true);
    expect(isAskForHeight(heightMessage('trajectory', 600))).toBe(false);
    expect(isAskForHeight({ 'russia-dprk-embed': { ask: 'width' } })).toBe(false);
    expect(isAskForHeight('height')).toBe(false);
    expect(isAskForHeight(null)).toBe(false);
  });
});
