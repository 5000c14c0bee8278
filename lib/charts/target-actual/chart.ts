import { MONEY_UNIT } from '../export-svg';
import type { ChartSpec } from '../spec';
import { targetActualCsv } from './csv';
import { targetActualBars, type TargetActualBar } from './model';
import { targetActualWords } from './words';

/** Targets against actual trade, as horizontal bars (long labels stay readable on a phone). */
export const targetActualChart: ChartSpec<'target-vs-actual', TargetActualBar[]> = {
  id: 'target-vs-actual',
  name: 'target-versus-actual chart',
  unit: MONEY_UNIT,
  drawsUserData: true,
  keysUserShapes: false,
  model: targetActualBars,
  words: targetActualWords,
  csv: targetActualCsv,
};
