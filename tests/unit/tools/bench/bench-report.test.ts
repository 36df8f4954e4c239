import { describe, expect, it } from 'vitest';
import {
  formatTable,
  type BenchReport,
  type FrameFigures,
  type StepFigures,
} from '../../../../src/tools/bench/bench-report.ts';

const figures = (eventCount: number): StepFigures => ({
  eventCount,
  medianMs: 3.1,
  p95Ms: 7.9,
  stepWithNextTaskMs: { medianMs: 5, p95Ms: 40 },
  syncMs: { medianMs: 1.2, p95Ms: 2.5 },
  endedAfterNextTask: 0,
  readyMs: 4000,
});

function report(reactGzipBytes: number | null): BenchReport {
  return {
    command: 'npm run bench',
    machine: {
      cpuModel: 'CPU',
      cores: 2,
      memoryGiB: 8,
      node: 'v20',
      chromium: 'Chromium 1',
      webgl: 'SwiftShader',
      platform: 'linux x64',
      loadAverage: { start: [1.5, 1, 1], end: [2.25, 1, 1] },
    },
    bundle: {
      appGzipBytes: 99_000,
      reactGzipBytes,
      appAuthoredGzipBytes: reactGzipBytes === null ? null : 99_000 - reactGzipBytes,
      appInitialGzipBytes: 80_000,
      maplibreGzipBytes: 430_000,
      dataGzipBytes: 97_000,
      basemapGzipBytes: 300_000,
      fontGzipBytes: 300_000,
      budgets: { appAuthoredGzipBytes: 32_000, dataGzipBytes: 100_000 },
    },
    load: { runs: 7, medianMs: 4700, timelineMedianMs: 800, baselineMedianMs: 3000, ratio: 1.57 },
    step: {
      steps: 100,
      definition: 'mark to qanat:step-committed',
      budget: { synthetic10kP95Ms: 8 },
      real: figures(40),
      synthetic10k: figures(10_000),
    },
    zoomPan: {
      definition: 'main-thread ms per frame of wheel zoom and drag pan',
      real: frames(47),
      synthetic10k: frames(10_000),
    },
    ingest: { mbPerS: 4.2, bytes: 10_000_000, durationMs: 2400 },
    search: { eventCount: 10_000, buildMs: 619, queryMs: { medianMs: 7.3, p95Ms: 16 } },
    build: { geoBuildMs: 3200 },
  };
}

function frames(eventCount: number): FrameFigures {
  const spread = { medianMs: eventCount > 1000 ? 2.1 : 0.8, p95Ms: eventCount > 1000 ? 6.1 : 2.5 };
  return { ...spread, eventCount, frames: 60, zoomMs: spread, panMs: spread, drawMs: spread };
}

describe('formatTable', () => {
  it('shows the React split, both step definitions and the load average', () => {
    const table = formatTable(report(67_500));
    expect(table).toMatch(/app-authored JS \(gzip\)\s+31\.5 kB \(budget 32\.0 kB/);
    expect(table).toMatch(/React runtime chunk \(gzip\)\s+67\.5 kB/);
    expect(table).toMatch(/step synthetic 10k \(10000 events\)\s+median 3\.1 ms, p95 7\.9 ms/);
    expect(table).toMatch(/incl\. work until next task\s+median 5 ms, p95 40 ms/);
    expect(table).toContain('mark to qanat:step-committed');
    expect(table).toMatch(
      /search synthetic 10k \(10000 events\)\s+index 619 ms; query median 7\.3 ms, p95 16 ms/,
    );
    expect(table).toMatch(
      /timeline zoom\/pan frame synthetic 10k \(10000 events, 60 frames\)\s+median 2\.1 ms, p95 6\.1 ms/,
    );
    expect(table).toContain('1.5 at start, 2.25 at end');
  });

  it('shows the ingest command at 1 and 50 MB when measured, and nothing when not', () => {
    const table = formatTable({
      ...report(67_500),
      ingestScaling: [
        { inputMb: 1, mbPerS: 0.31, peakRssMb: 262, rssMbPerInputMb: 262 },
        { inputMb: 50.01, mbPerS: 1.25, peakRssMb: 700, rssMbPerInputMb: 14 },
      ],
    });
    expect(table).toMatch(/ingest command, 1 MB\s+0\.31 MB\/s, peak RSS 262 MB \(262\.0 MB per input MB\)/);
    expect(table).toMatch(/ingest command, 50 MB\s+1\.25 MB\/s, peak RSS 700 MB \(14\.0 MB per input MB\)/);
    expect(formatTable(report(67_500))).not.toContain('ingest command');
  });

  it('shows the load over a phone network beside the full-speed one, and nothing when not measured', () => {
    const base = report(67_500);
    const table = formatTable({
      ...base,
      load: {
        ...base.load,
        phoneNetwork: { network: 'slow 4G', runs: 3, medianMs: 4653, baselineMedianMs: 5961, ratio: 0.78 },
      },
    });
    expect(table).toMatch(
      /cold load to map idle \(median of 7\)\s+app 4700 ms, bare maplibre 3000 ms, ratio 1\.57/,
    );
    expect(table).toMatch(
      /cold load to map idle over slow 4G \(median of 3\)\s+app 4653 ms, bare maplibre 5961 ms, ratio 0\.78/,
    );
    expect(formatTable(base)).not.toContain('over slow 4G');
  });

  it('shows the flights per frame and, when measured, their main-thread total', () => {
    const flight = {
      definition: 'see bench.ts',
      eventIds: ['a', 'b'],
      durationMs: 1400,
      frames: 184,
      baselineFrames: 299,
      medianMs: 6.69,
      p95Ms: 29,
      baselineMedianMs: 4.8,
      baselineP95Ms: 13,
      ratio: 1.4,
    };
    const table = formatTable({
      ...report(67_500),
      flight: { ...flight, totalMs: 1231, baselineTotalMs: 1435 },
    });
    expect(table).toMatch(
      /tour flight frame \(2 flights, 184 \/ 299 frames\)\s+app median 6\.69 ms, p95 29 ms; bare maplibre median 4\.8 ms, p95 13 ms; ratio 1\.4/,
    );
    expect(table).toMatch(/main thread over all flights\s+app 1231 ms, bare maplibre 1435 ms/);
    expect(formatTable({ ...report(67_500), flight })).not.toContain('over all flights');
  });

  it('says n/a rather than a guess when the build has no React chunk', () => {
    expect(formatTable(report(null))).toMatch(/React runtime chunk \(gzip\)\s+n\/a/);
  });
});

describe('formatTable with the 100k scale figures', () => {
  it('shows load, heap, the step, search and the file sizes of the 100k story', () => {
    const base = report(67_500);
    const table = formatTable({
      ...base,
      step: { ...base.step, synthetic100k: figures(100_000) },
      scale: {
        synthetic100k: {
          definition: 'see bench.ts',
          eventCount: 100_000,
          placeCount: 5_000,
          loadMs: 8348,
          heapMb: 148,
          heapAfterLoadMb: 140,
          searchMs: 12.8,
          searchP95Ms: 100,
          searchIndexMs: 24_048,
          indexBytes: 67_217_678,
          indexGzipBytes: 8_263_486,
          detailBytes: 258_054_518,
          detailGzipBytes: 63_862_697,
          detailFiles: 4151,
        },
      },
    });
    expect(table).toMatch(
      /synthetic 100k \(100000 events, 5000 places\)\s+load 8348 ms, heap 148 MB \(140 MB after load\)/,
    );
    expect(table).toMatch(/ {2}step \(100000 events\)\s+median 3\.1 ms, p95 7\.9 ms/);
    expect(table).toMatch(
      /search \(Node, index ready\)\s+query median 12\.8 ms, p95 100 ms; index built in 24048 ms/,
    );
    expect(table).toMatch(
      /index 67\.2 MB \(8\.3 MB gzip\); details 258\.1 MB \(63\.9 MB gzip\) in 4151 chunks/,
    );
  });
});
