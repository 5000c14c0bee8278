/*
 * The messages between an embed page and the page that frames it. Plain data
 * under one namespaced key, so that no other script's message is taken for ours,
 * and nothing in them is ever run: a receiver reads a number and a name, checks
 * both, and drops anything else.
 *
 *   embed → host: { "russia-dprk-embed": { "chart": "trajectory", "height": 612 } }
 *   host → embed: { "russia-dprk-embed": { "ask": "height" } }  (a host script that
 *                 arrived after the embed's first message asks for it again)
 */
export const EMBED_MESSAGE_KEY = 'russia-dprk-embed';

/** Far taller than any embed at 300 px wide: a height beyond it is not one of ours. */
export const MAX_EMBED_HEIGHT = 10_000;

/** A chart id as the registry writes them (lib/charts/registry.ts): lower case, digits and hyphens. */
export const CHART_ID_SHAPE = /^[a-z0-9-]{1,40}$/;

export type EmbedHeight = { chart: string; height: number };
export type HeightMessage = { [EMBED_MESSAGE_KEY]: EmbedHeight };

/** What an embed page posts: its height in whole CSS pixels, rounded up so that nothing is cut off. */
export function heightMessage(chart: string, height: number): HeightMessage {
  return { [EMBED_MESSAGE_KEY]: { chart, height: Math.ceil(height) } };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The chart and height of a message, or null when it is not a height message of ours in every detail. */
export function readHeightMessage(data: unknown): EmbedHeight | null {
  if (!isRecord(data)) return null;
  const body = data[EMBED_MESSAGE_KEY];
  if (!isRecord(body)) return null;
  const { chart, height } = body;
  if (typeof chart !== 'string' || !CHART_ID_SHAPE.test(chart)) return null;
  if (typeof height !== 'number' || !Number.isInteger(height) || height <= 0 || height > MAX_EMBED_HEIGHT) return null;
  return { chart, height };
}

export const ASK_FOR_HEIGHT = { [EMBED_MESSAGE_KEY]: { ask: 'height' } } as const;

export function isAskForHeight(data: unknown): boolean {
  if (!isRecord(data)) return false;
  const body = data[EMBED_MESSAGE_KEY];
  return isRecord(body) && body.ask === 'height';
}
