/** The benchmark's result: one JSON object (`--json`) or a table for people. */
import type { SearchFigures } from './search-timing.ts';
import type { BundleSizes } from './bundle-sizes.ts';
import type { FirstViewKind } from './first-view-bytes.ts';
import type { MachineInfo } from './machine-info.ts';

export interface Spread {
  medianMs: number;
  p95Ms: number;
}

export interface StepFigures extends Spread {
  eventCount: number;
  /** The call until the first task after it: the previous step definition, kept for comparison. */
  stepWithNextTaskMs: Spread;
  /** The call alone (store and its synchronous subscribers), before React's commit. */
  syncMs: Spread;
  /** Steps whose end came after the first task following the call (may include idle time). */
  endedAfterNextTask: number;
  /** Approximate time to story loaded and map idle for this page (one cold load, for information). */
  readyMs: number;
}

/** Main-thread cost of a timeline zoom or pan frame (dispatch of the wheel or pointer event through the redraw). */
export interface FrameFigures extends Spread {
  eventCount: number;
  frames: number;
  zoomMs: Spread;
  panMs: Spread;
  /** The app's own redraw measure (qanat:timeline-frame) inside those frames. */
  drawMs: Spread;
}

export interface BenchReport {
  command: string;
  machine: MachineInfo;
  bundle: Omit<BundleSizes, 'files'> & {
    budgets: { appAuthoredGzipBytes: number; dataGzipBytes: number };
  };
  load: {
    runs: number;
    medianMs: number;
    timelineMedianMs: number;
    baselineMedianMs: number;
    ratio: number;
    /**
     * What the default view downloads until the map's first idle, gzip bytes of the files as built
     * (first-view-bytes.ts), in all and by kind; the app's own scripts among them apart.
     */
    firstViewBytes?: number;
    firstViewBytesByKind?: Record<FirstViewKind, number>;
    firstViewAppAuthoredJsBytes?: number;
    firstViewBudgets?: {
      firstViewGzipBytes: number;
      fontGzipBytes: number;
      firstViewAppAuthoredJsGzipBytes: number;
    };
    /**
     * The same cold loads (to the map's first idle) over a throttled phone network (load-timing.ts
     * PHONE_NETWORK), app and reference page in turn: where bytes, not the CPU, set the wait.
     */
    phoneNetwork?: {
      network: string;
      runs: number;
      medianMs: number;
      baselineMedianMs: number;
      ratio: number;
    };
  };
  /**
   * Main-thread ms per frame during the tour's camera flights (flight-timing.ts): the app, and the
   * fixed reference page (bare maplibre-gl) flying the same path in the same run; ratio of medians.
   */
  flight?: FlightReport;
  step: {
    steps: number;
    definition: string;
    budget: { synthetic10kP95Ms: number };
    real: StepFigures;
    synthetic10k: StepFigures;
    /** The same steps on the 100,000-event story (fewer when --steps is large: see scale). */
    synthetic100k?: StepFigures;
  };
  /** Zooming and panning the timeline, beside the step cost. */
  zoomPan: {
    definition: string;
    real: FrameFigures;
    synthetic10k: FrameFigures;
  };
  ingest: { mbPerS: number; bytes: number; durationMs: number };
  /**
   * The whole `npm run ingest` command on 1 and 50 MB (src/tools/bench/ingest-scaling.ts): MB/s and
   * peak resident memory per input MB, in a fresh process per size.
   */
  ingestScaling?: { inputMb: number; mbPerS: number; peakRssMb: number; rssMbPerInputMb: number }[];
  /** Search on the synthetic 10k story (src/tools/bench/search-timing.ts): index build, query latency. */
  search?: SearchFigures;
  /** The 100,000-event, 5,000-place story in one browser (src/tools/bench/synthetic-scale.ts). */
  scale?: { synthetic100k: ScaleFigures };
  build: { geoBuildMs: number };
}

/** How far the single-page approach holds: the 100k story's load, heap, search and file sizes. */
export interface ScaleFigures {
  definition: string;
  eventCount: number;
  placeCount: number;
  /** Cold load (empty cache) to the map's first idle and an interactive timeline, in page time. */
  loadMs: number;
  /** Used JS heap after a forced GC: the larger of after load and after the step run. */
  heapMb: number;
  heapAfterLoadMb: number;
  /** Median query time over the fixed queries, index ready (its build not included), in Node. */
  searchMs: number;
  searchP95Ms: number;
  /** Building the search index over every event's title and details, once, in Node. */
  searchIndexMs: number;
  indexBytes: number;
  indexGzipBytes: number;
  detailBytes: number;
  detailGzipBytes: number;
  detailFiles: number;
}

export interface FlightReport extends Spread {
  definition: string;
  /** The events flown to, from the first view. */
  eventIds: string[];
  durationMs: number;
  frames: number;
  baselineFrames: number;
  baselineMedianMs: number;
  baselineP95Ms: number;
  ratio: number;
  /**
   * All flights' main-thread busy ms, app and reference: on a renderer that draws fewer frames for
   * the app, the same total is a higher cost per frame.
   */
  totalMs?: number;
  baselineTotalMs?: number;
}

const kb = (bytes: number | null): string => (bytes === null ? 'n/a' : `${(bytes / 1000).toFixed(1)} kB`);
const ms = (value: number): string => `${value} ms`;
const spread = (figures: Spread): string => `median ${ms(figures.medianMs)}, p95 ${ms(figures.p95Ms)}`;

/** A two-column table, one line per figure. */
export function formatTable(report: BenchReport): string {
  const { bundle, load, step, ingest, build, machine } = report;
  const stepRows = (name: string, figures: StepFigures): [string, string][] => [
    [
      `step ${name} (${figures.eventCount} events)`,
      `${spread(figures)}${figures.endedAfterNextTask > 0 ? ` (${figures.endedAfterNextTask} steps ended after the next task)` : ''}`,
    ],
    [`  incl. work until next task`, spread(figures.stepWithNextTaskMs)],
    [`  store + subscribers only`, spread(figures.syncMs)],
  ];
  const frameRows = (name: string, figures: FrameFigures): [string, string][] => [
    [
      `timeline zoom/pan frame ${name} (${figures.eventCount} events, ${figures.frames} frames)`,
      spread(figures),
    ],
    [`  zoom / pan`, `${spread(figures.zoomMs)} / ${spread(figures.panMs)}`],
    [`  redraw alone`, spread(figures.drawMs)],
  ];
  const rows: [string, string][] = [
    [
      'all JS but maplibre-gl (gzip)',
      `${kb(bundle.appGzipBytes)} (no budget: React's chunk is counted apart)`,
    ],
    [
      '  app-authored JS (gzip)',
      `${kb(bundle.appAuthoredGzipBytes)} (budget ${kb(bundle.budgets.appAuthoredGzipBytes)}; initial app + React ${kb(bundle.appInitialGzipBytes)})`,
    ],
    ['  React runtime chunk (gzip)', kb(bundle.reactGzipBytes)],
    ['maplibre-gl + worker (gzip)', kb(bundle.maplibreGzipBytes)],
    ['story data (gzip)', `${kb(bundle.dataGzipBytes)} (budget ${kb(bundle.budgets.dataGzipBytes)})`],
    ['basemap (gzip)', kb(bundle.basemapGzipBytes)],
    ['fonts (gzip)', kb(bundle.fontGzipBytes)],
    [
      `cold load to map idle (median of ${load.runs})`,
      `app ${ms(load.medianMs)}, bare maplibre ${ms(load.baselineMedianMs)}, ratio ${load.ratio}`,
    ],
    ['cold load to interactive timeline', ms(load.timelineMedianMs)],
    ...(load.phoneNetwork
      ? [
          [
            `cold load to map idle over ${load.phoneNetwork.network} (median of ${load.phoneNetwork.runs})`,
            `app ${ms(load.phoneNetwork.medianMs)}, bare maplibre ${ms(load.phoneNetwork.baselineMedianMs)}, ratio ${load.phoneNetwork.ratio}`,
          ] as [string, string],
        ]
      : []),
    ...(load.firstViewBytes !== undefined && load.firstViewBytesByKind
      ? [
          [
            'first view, to map idle (gzip)',
            `${kb(load.firstViewBytes)}${load.firstViewBudgets ? ` (budget ${kb(load.firstViewBudgets.firstViewGzipBytes)})` : ''}: ${Object.entries(
              load.firstViewBytesByKind,
            )
              .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
              .join(', ')}`,
          ] as [string, string],
          [
            '  app-authored JS of the first view',
            `${kb(load.firstViewAppAuthoredJsBytes ?? null)}${load.firstViewBudgets ? ` (budget ${kb(load.firstViewBudgets.firstViewAppAuthoredJsGzipBytes)})` : ''}`,
          ] as [string, string],
        ]
      : []),
    ...(report.flight
      ? [
          [
            `tour flight frame (${report.flight.eventIds.length} flights, ${report.flight.frames} / ${report.flight.baselineFrames} frames)`,
            `app ${spread(report.flight)}; bare maplibre median ${ms(report.flight.baselineMedianMs)}, p95 ${ms(report.flight.baselineP95Ms)}; ratio ${report.flight.ratio}`,
          ] as [string, string],
          ...(report.flight.totalMs !== undefined && report.flight.baselineTotalMs !== undefined
            ? [
                [
                  '  main thread over all flights',
                  `app ${ms(report.flight.totalMs)}, bare maplibre ${ms(report.flight.baselineTotalMs)}`,
                ] as [string, string],
              ]
            : []),
        ]
      : []),
    ...stepRows('real', step.real),
    ...stepRows('synthetic 10k', step.synthetic10k),
    ['step ends at', step.definition],
    ['step budget', `synthetic 10k p95 < ${ms(step.budget.synthetic10kP95Ms)}`],
    ...frameRows('real', report.zoomPan.real),
    ...frameRows('synthetic 10k', report.zoomPan.synthetic10k),
    [
      'ingest extraction',
      `${ingest.mbPerS} MB/s (${(ingest.bytes / 1e6).toFixed(1)} MB in ${ms(ingest.durationMs)})`,
    ],
    ...(report.ingestScaling ?? []).map((point): [string, string] => [
      `ingest command, ${point.inputMb.toFixed(0)} MB`,
      `${point.mbPerS.toFixed(2)} MB/s, peak RSS ${point.peakRssMb.toFixed(0)} MB (${point.rssMbPerInputMb.toFixed(1)} MB per input MB)`,
    ]),
    ...(report.scale ? scaleRows(report.scale.synthetic100k, report.step.synthetic100k) : []),
    ...(report.search
      ? [
          [
            `search synthetic 10k (${report.search.eventCount} events)`,
            `index ${ms(report.search.buildMs)}; query ${spread(report.search.queryMs)}`,
          ] as [string, string],
        ]
      : []),
    ['geo:build wall time', ms(build.geoBuildMs)],
    ['machine', `${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.platform}`],
    [
      'load average (1 min)',
      `${machine.loadAverage.start[0]} at start, ${machine.loadAverage.end[0]} at end`,
    ],
    ['runtime', `Node ${machine.node}, ${machine.chromium}, ${machine.webgl}`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `${name.padEnd(width)}  ${value}`).join('\n');
}

function scaleRows(scale: ScaleFigures, step: StepFigures | undefined): [string, string][] {
  const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
  return [
    [
      `synthetic 100k (${scale.eventCount} events, ${scale.placeCount} places)`,
      `load ${ms(scale.loadMs)}, heap ${scale.heapMb.toFixed(0)} MB (${scale.heapAfterLoadMb.toFixed(0)} MB after load)`,
    ],
    ...(step ? [[`  step (${step.eventCount} events)`, spread(step)] as [string, string]] : []),
    [
      '  search (Node, index ready)',
      `query median ${ms(scale.searchMs)}, p95 ${ms(scale.searchP95Ms)}; index built in ${ms(scale.searchIndexMs)}`,
    ],
    [
      '  files',
      `index ${mb(scale.indexBytes)} (${mb(scale.indexGzipBytes)} gzip); details ${mb(scale.detailBytes)} (${mb(scale.detailGzipBytes)} gzip) in ${scale.detailFiles} chunks`,
    ],
  ];
}
