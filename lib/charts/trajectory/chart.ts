import { MONEY_UNIT } from '../export-svg';
import type { ChartSpec } from '../spec';
import { trajectoryCsv } from './csv';
import { trajectoryModel, type TrajectoryModel } from './model';
import { trajectoryWords } from './words';

/** Actual trade against the constant-growth paths it would have needed to meet each target. */
export const trajectoryChart: ChartSpec<'trajectory', TrajectoryModel> = {
  id: 'trajectory',
  name: 'trajectory chart',
  unit: MONEY_UNIT,
  drawsUserData: true,
  keysUserShapes: true,
  model: trajectoryModel,
  words: trajectoryWords,
  csv: trajectoryCsv,
};
