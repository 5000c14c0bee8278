/*
 * UN Comtrade's trade flows. Exports (X) and imports (M) are the totals; the
 * other flows are parts of them, by origin (domestic exports DX and re-exports
 * RX within X, foreign imports FM and re-imports RM within M) or by customs
 * procedure (inward and outward processing): adding them too would count the
 * same goods twice. See https://uncomtrade.org/docs/trade-flows-in-un-comtrade/.
 */

export type TotalFlow = 'X' | 'M';

/** What each part-flow is called, for the sentence that says it was not added again. */
const PART_FLOWS: Record<string, string> = {
  RX: 're-exports (RX)',
  RM: 're-imports (RM)',
  DX: 'domestic exports (DX)',
  FM: 'foreign imports (FM)',
  MIP: 'imports for inward processing (MIP)',
  MOP: 'imports after outward processing (MOP)',
  XIP: 'exports after inward processing (XIP)',
  XOP: 'exports for outward processing (XOP)',
};

export type FlowKind = { kind: 'total'; flow: TotalFlow } | { kind: 'part'; name: string } | { kind: 'unknown' };

export function flowKind(code: string): FlowKind {
  const flow = code.trim().toUpperCase();
  if (flow === 'X' || flow === 'M') return { kind: 'total', flow };
  const name = PART_FLOWS[flow];
  return name ? { kind: 'part', name } : { kind: 'unknown' };
}
