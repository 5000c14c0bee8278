import type { Page } from '@playwright/test';

export type Colour = { r: number; g: number; b: number; tolerance?: number };

/**
 * How many pixels of a PNG are each of these colours (within `tolerance` per
 * channel, 0 by default), decoded by the browser itself, plus the colour of the
 * top-left pixel. What a reader sees, counted.
 */
export async function countColours(
  page: Page,
  png: Buffer,
  colours: readonly Colour[],
): Promise<{ counts: number[]; topLeft: [number, number, number] }> {
  return page.evaluate(
    async ({ base64, colours }) => {
      const bitmap = await createImageBitmap(
        new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }),
      );
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const counts = colours.map(() => 0);
      for (let p = 0; p < data.length; p += 4) {
        colours.forEach(({ r, g, b, tolerance = 0 }, i) => {
          if (
            Math.abs((data[p] ?? 0) - r) <= tolerance &&
            Math.abs((data[p + 1] ?? 0) - g) <= tolerance &&
            Math.abs((data[p + 2] ?? 0) - b) <= tolerance
          )
            counts[i] = (counts[i] ?? 0) + 1;
        });
      }
      return { counts, topLeft: [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0] as [number, number, number] };
    },
    { base64: png.toString('base64'), colours },
  );
}
