/** The machine a benchmark ran on, printed with every result so figures are never read bare. */
import { cpus, loadavg, totalmem } from 'node:os';

/** 1, 5 and 15 minute load averages, two decimals. */
export type LoadAverage = [number, number, number];

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  /** Where the page's WebGL comes from (software on every machine, see src/tools/chromium.ts). */
  webgl: string;
  platform: string;
  /** Load averages when the bench started and when it finished: a busy machine slows every figure. */
  loadAverage: { start: LoadAverage; end: LoadAverage };
}

export function currentLoadAverage(): LoadAverage {
  const [one = 0, five = 0, fifteen = 0] = loadavg().map((value) => Math.round(value * 100) / 100);
  return [one, five, fifteen];
}

export function machineInfo(chromiumVersion: string, loadAverageAtStart: LoadAverage): MachineInfo {
  const cpuList = cpus();
  return {
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion,
    webgl: 'SwiftShader (software, ANGLE)',
    platform: `${process.platform} ${process.arch}`,
    loadAverage: { start: loadAverageAtStart, end: currentLoadAverage() },
  };
}
