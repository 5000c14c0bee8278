import { ATTAINMENT_UNIT } from '../export-svg';
import type { ChartSpec } from '../spec';
import { attainmentCsv } from './csv';
import { attainmentRows, type AttainmentRow } from './model';
import { attainmentWords } from './words';

/** A bullet graph per target: how much of it trade reached. Plain SVG: it needs no interaction. */
export const attainmentChart: ChartSpec<'attainment', AttainmentRow[]> = {
  id: 'attainment',
  name: 'attainment chart',
  unit: ATTAINMENT_UNIT,
  // The shares are of the article's figures; a reader's data is not compared with the targets.
  drawsUserData: false,
  keysUserShapes: false,
  model: attainmentRows,
  words: attainmentWords,
  csv: attainmentCsv,
};
