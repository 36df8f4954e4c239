/** The benchmark's result: one JSON object (`--json`) or a table for people. */
import type { MachineInfo } from './machine-info.ts';

export interface StepFigures {
  eventCount: number;
  medianMs: number;
  p95Ms: number;
  syncMedianMs: number;
  syncP95Ms: number;
  /** Median of the app's own `qanat:step` measures, when it recorded them. */
  appMeasureMedianMs: number | null;
  /** Approximate time to story loaded and map idle for this page (one cold load, for information). */
  readyMs: number;
}

export interface BenchReport {
  command: string;
  machine: MachineInfo;
  bundle: {
    appGzipBytes: number;
    appInitialGzipBytes: number;
    maplibreGzipBytes: number;
    dataGzipBytes: number;
    basemapGzipBytes: number;
    fontGzipBytes: number;
    budgets: { appGzipBytes: number; dataGzipBytes: number };
  };
  load: {
    runs: number;
    medianMs: number;
    timelineMedianMs: number;
    baselineMedianMs: number;
    ratio: number;
  };
  step: { steps: number; real: StepFigures; synthetic10k: StepFigures };
  ingest: { mbPerS: number; bytes: number; durationMs: number };
  build: { geoBuildMs: number };
}

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number): string => `${value} ms`;

/** A two-column table, one line per figure. */
export function formatTable(report: BenchReport): string {
  const { bundle, load, step, ingest, build, machine } = report;
  const stepRow = (name: string, figures: StepFigures): [string, string][] => [
    [
      `step ${name} (${figures.eventCount} events)`,
      `median ${ms(figures.medianMs)}, p95 ${ms(figures.p95Ms)} (store+subscribers only: median ${ms(figures.syncMedianMs)}, p95 ${ms(figures.syncP95Ms)})`,
    ],
  ];
  const rows: [string, string][] = [
    [
      'app JS (gzip)',
      `${kb(bundle.appGzipBytes)} (budget ${kb(bundle.budgets.appGzipBytes)}; initial ${kb(bundle.appInitialGzipBytes)})`,
    ],
    ['maplibre-gl + worker (gzip)', kb(bundle.maplibreGzipBytes)],
    ['story data (gzip)', `${kb(bundle.dataGzipBytes)} (budget ${kb(bundle.budgets.dataGzipBytes)})`],
    ['basemap (gzip)', kb(bundle.basemapGzipBytes)],
    ['fonts (gzip)', kb(bundle.fontGzipBytes)],
    [
      `cold load to map idle (median of ${load.runs})`,
      `app ${ms(load.medianMs)}, bare maplibre ${ms(load.baselineMedianMs)}, ratio ${load.ratio}`,
    ],
    ['cold load to interactive timeline', ms(load.timelineMedianMs)],
    ...stepRow('real', step.real),
    ...stepRow('synthetic 10k', step.synthetic10k),
    [
      'ingest extraction',
      `${ingest.mbPerS} MB/s (${(ingest.bytes / 1e6).toFixed(1)} MB in ${ms(ingest.durationMs)})`,
    ],
    ['geo:build wall time', ms(build.geoBuildMs)],
    ['machine', `${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.platform}`],
    ['runtime', `Node ${machine.node}, ${machine.chromium}`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n');
}
