/**
 * The 100,000-event story in one browser (issue 14): cold load, JS heap, steps, in one fresh page.
 *
 * - loadMs: page time from navigation to both the map's first `idle` and an interactive timeline
 *   slider (the load runs' observer, src/tools/bench/load-timing.ts), with an empty cache.
 * - heapMb: V8's used JS heap of the page (CDP `Runtime.getHeapUsage`, after a forced
 *   `HeapProfiler.collectGarbage`), once after load and once after the step run; the larger is
 *   `heapMb`. No Chromium flag is needed (performance.memory would need --enable-precise-memory-info).
 * - the steps: the same in-page measurement as `step.*` (src/tools/bench/step-benchmark.ts).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { STORY_INDEX_FILE } from '../../data/story-split.ts';
import { withReadyStoryPage } from './ready-page.ts';
import { stepOnReadyPage, type StepSamples } from './step-benchmark.ts';

export interface ScaleSamples {
  loadMs: number;
  heapAfterLoadMb: number;
  heapAfterStepsMb: number;
  steps: StepSamples;
}

async function usedHeapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1e6;
  } finally {
    await cdp.detach();
  }
}

/** One fresh page of `url`: load time, heap after load, `steps` steps, heap after them. */
export async function measureScale(browser: Browser, url: string, steps: number): Promise<ScaleSamples> {
  return withReadyStoryPage(browser, url, async (ready) => {
    const { page } = ready;
    // Ready means the store and the map; the slider is up by then, but wait for its mark too.
    await page.waitForFunction(() => window.__benchLoad?.timelineInteractiveMs !== undefined, undefined, {
      timeout: 60_000,
      polling: 100,
    });
    const marks = await page.evaluate(() => window.__benchLoad ?? {});
    const loadMs = Math.max(marks.mapIdleMs ?? Number.NaN, marks.timelineInteractiveMs ?? Number.NaN);
    const heapAfterLoadMb = await usedHeapMb(page);
    const stepSamples = await stepOnReadyPage(ready, url, steps);
    const heapAfterStepsMb = await usedHeapMb(page);
    return { loadMs, heapAfterLoadMb, heapAfterStepsMb, steps: stepSamples };
  });
}

export interface DatasetBytes {
  indexBytes: number;
  indexGzipBytes: number;
  /** Every details-<k>.json chunk together, and how many there are. */
  detailBytes: number;
  detailGzipBytes: number;
  detailFiles: number;
}

/** The sizes of a written synthetic dataset: its index, and its details chunks summed. */
export async function datasetBytes(dir: string): Promise<DatasetBytes> {
  const index = await readFile(join(dir, STORY_INDEX_FILE));
  let detailBytes = 0;
  let detailGzipBytes = 0;
  let detailFiles = 0;
  for (const name of await readdir(dir)) {
    if (!/^details-\d+\.json$/.test(name)) continue;
    const content = await readFile(join(dir, name));
    detailBytes += (await stat(join(dir, name))).size;
    detailGzipBytes += gzipSync(content).length;
    detailFiles += 1;
  }
  return {
    indexBytes: index.length,
    indexGzipBytes: gzipSync(index).length,
    detailBytes,
    detailGzipBytes,
    detailFiles,
  };
}
