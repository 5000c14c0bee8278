import type { ColumnMapping } from '@/lib/upload/mapping/mapping';

/*
 * The reader's column choices, remembered in this browser (localStorage) by the
 * header they were made for, so that next month's file of the same table reads
 * the same way. Only the choices are kept: column numbers, a unit, a way of
 * writing numbers and perhaps a publisher's name; never the file. The worker
 * checks a remembered choice against the file before it is offered.
 */
const KEY = 'russia-dprk-upload-mappings';
/** Headers remembered at most: the oldest choice is forgotten first. */
const MAX_REMEMBERED = 20;

export function rememberedMappings(): Record<string, unknown> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  } catch {
    // Storage off, or damaged: nothing is remembered, and the step asks as for a new header.
    return {};
  }
}

export function rememberMapping(headerKey: string, mapping: ColumnMapping): void {
  const others = Object.entries(rememberedMappings()).filter(([key]) => key !== headerKey);
  const kept = Object.fromEntries([...others.slice(-(MAX_REMEMBERED - 1)), [headerKey, mapping]]);
  try {
    localStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // A full or refused storage only means the next file asks again.
  }
}
