import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/*
 * pptxgenjs writes a missing value into a chart's cached points as an empty
 * value (<c:pt idx="7"><c:v></c:v></c:pt>), which a reader may take for zero. In
 * OOXML a missing point is an absent one: those are removed, so that a year with
 * no figure is a gap in every office suite, never a fall to zero.
 */

const EMPTY_POINT = /<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g;
const CHART_PART = /^ppt\/charts\/chart\d+\.xml$/;

export function withoutEmptyPoints(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  for (const [name, content] of Object.entries(files)) {
    if (CHART_PART.test(name)) files[name] = strToU8(strFromU8(content).replace(EMPTY_POINT, ''));
  }
  return zipSync(files, { level: 6 });
}
