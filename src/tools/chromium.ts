/**
 * The one way Qanat's Node tools (e2e tests, screenshots, benchmark) start a headless Chromium.
 * It prefers the system browser (Debian's `chromium`, which CI installs with apt) and falls back
 * to @sparticuz/chromium from npm, so the tests also run on a machine without apt. WebGL comes
 * from SwiftShader: software, slow, but identical on every machine.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags that give a quiet, offline browser with software WebGL (see docs/ARCHITECTURE.md, toolchain facts). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Flags that make the page see no WebGL at all, to test the fallback without a map. */
export const NO_WEBGL_ARGS: readonly string[] = ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis'];

export interface ChromiumExecutable {
  path: string;
  source: 'env' | 'system' | 'sparticuz';
}

/**
 * Finds a Chromium: `QANAT_CHROMIUM` if set, else the system one, else @sparticuz/chromium
 * (its `executablePath()` unpacks the browser into the temp directory, ~1 s the first time).
 */
export async function findChromium(): Promise<ChromiumExecutable> {
  const fromEnv = process.env['QANAT_CHROMIUM'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!existsSync(fromEnv)) throw new Error(`QANAT_CHROMIUM=${fromEnv} does not exist`);
    return { path: fromEnv, source: 'env' };
  }
  const system = SYSTEM_CHROMIUM_PATHS.find((path) => existsSync(path));
  if (system !== undefined) return { path: system, source: 'system' };
  try {
    const sparticuz = (await import('@sparticuz/chromium')).default;
    return { path: await sparticuz.executablePath(), source: 'sparticuz' };
  } catch (error) {
    throw new Error(
      'No Chromium found: install Debian\'s "chromium" (apt-get install chromium), or run npm install ' +
        `so @sparticuz/chromium is present, or set QANAT_CHROMIUM to a Chromium binary. (${String(error)})`,
      { cause: error },
    );
  }
}

export interface LaunchOptions {
  /** Extra command-line flags, e.g. NO_WEBGL_ARGS. */
  extraArgs?: readonly string[];
}

/** Launches a headless Chromium with its own fresh, temporary profile (playwright-core's default). */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const executable = await findChromium();
  return chromium.launch({
    executablePath: executable.path,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
  });
}
