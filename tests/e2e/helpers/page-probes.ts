/**
 * Measurements of what the user actually sees: pixels of a screenshot, whether an element is
 * visible inside the viewport and its scroll containers, and condition polling with a deadline.
 */
import type { Browser, Locator } from 'playwright-core';

export interface PixelStats {
  /** Standard deviation of luminance (0–255); a blank or single-colour image is ≈ 0. */
  luminanceStdDev: number;
  /** Distinct colours after quantising each channel to 32 levels. */
  distinctColours: number;
}

type PngAnalysis = 'stats' | 'chevron';

/**
 * Decodes a PNG in a scratch page (about:blank has no CSP) and analyses its pixels there: `stats`
 * the luminance spread and colours (PixelStats), `chevron` which way a drawn ‹ or › points (its
 * dark pixels' middle rows lie to the side it points to, compared with its top and bottom rows).
 */
async function analysePng(browser: Browser, png: Buffer, analysis: 'stats'): Promise<PixelStats>;
async function analysePng(browser: Browser, png: Buffer, analysis: 'chevron'): Promise<'left' | 'right'>;
async function analysePng(
  browser: Browser,
  png: Buffer,
  analysis: PngAnalysis,
): Promise<PixelStats | 'left' | 'right'> {
  const scratch = await browser.newPage();
  try {
    return await scratch.evaluate(
      async ({ base64, analysis }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        if (context === null) throw new Error('no 2d context in the scratch page');
        context.drawImage(bitmap, 0, 0);
        const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
        const luminance = (i: number): number =>
          0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
        if (analysis === 'stats') {
          let sum = 0;
          let sumOfSquares = 0;
          const colours = new Set<number>();
          const pixelCount = data.length / 4;
          for (let i = 0; i < data.length; i += 4) {
            const value = luminance(i);
            sum += value;
            sumOfSquares += value * value;
            colours.add(
              (((data[i] ?? 0) >> 3) << 10) | (((data[i + 1] ?? 0) >> 3) << 5) | ((data[i + 2] ?? 0) >> 3),
            );
          }
          const mean = sum / pixelCount;
          return {
            luminanceStdDev: Math.sqrt(Math.max(0, sumOfSquares / pixelCount - mean * mean)),
            distinctColours: colours.size,
          };
        }
        let lightest = 0;
        let darkest = 255;
        for (let i = 0; i < data.length; i += 4) {
          lightest = Math.max(lightest, luminance(i));
          darkest = Math.min(darkest, luminance(i));
        }
        const ink: { x: number; y: number }[] = [];
        for (let y = 0; y < height; y += 1)
          for (let x = 0; x < width; x += 1)
            if (luminance((y * width + x) * 4) < (lightest + darkest) / 2) ink.push({ x, y });
        if (ink.length === 0) throw new Error('no chevron drawn');
        const top = Math.min(...ink.map((p) => p.y));
        const bottom = Math.max(...ink.map((p) => p.y));
        const band = (bottom - top) / 4;
        const meanX = (points: { x: number }[]): number =>
          points.reduce((total, p) => total + p.x, 0) / Math.max(1, points.length);
        const middle = meanX(ink.filter((p) => Math.abs(p.y - (top + bottom) / 2) <= band / 2));
        const ends = meanX(ink.filter((p) => p.y <= top + band || p.y >= bottom - band));
        return middle < ends ? 'left' : 'right';
      },
      { base64: png.toString('base64'), analysis },
    );
  } finally {
    await scratch.close();
  }
}

/** The luminance spread and colours of a screenshot (a blank map is ≈ 0). */
export function pixelStats(browser: Browser, png: Buffer): Promise<PixelStats> {
  return analysePng(browser, png, 'stats');
}

/** Which way a chevron (‹ or ›) drawn in a screenshot points. */
export function chevronPointsTo(browser: Browser, png: Buffer): Promise<'left' | 'right'> {
  return analysePng(browser, png, 'chevron');
}

/**
 * Whether any part of the element is visible in the viewport, clipped by its scroll containers
 * (IntersectionObserver with the viewport as root does that clipping).
 */
export async function isInViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate(
    (element) =>
      new Promise<boolean>((resolve) => {
        const observer = new IntersectionObserver((entries) => {
          observer.disconnect();
          resolve((entries[0]?.intersectionRatio ?? 0) > 0);
        });
        observer.observe(element);
      }),
  );
}

/**
 * Polls a condition until it holds or the deadline passes; the failure message says what was
 * awaited and what was last seen. The interval only paces the polling, it never stands in for a
 * condition.
 */
export async function waitUntil<T>(
  read: () => Promise<T>,
  holds: (value: T) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!holds(last)) {
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(last)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}
