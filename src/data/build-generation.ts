/**
 * One build, one generation: `geo:build` writes geo/build-manifest.json last, holding a content
 * hash of each file it wrote. A reader (geo:check, the app) that finds a file whose hash differs
 * is looking at outputs of two different builds (an interrupted build, a partial copy, a stale
 * cache) and refuses them instead of showing places of one build with events of another.
 *
 * The hash is not cryptographic (it guards against accidents, not attackers); it is the same pure
 * function in Node and in the browser, over the decoded text, so no `crypto.subtle` (absent on
 * plain-http origins) is needed. Browser-safe: no Node imports.
 */

/** The manifest's file name, in the geo dir next to the outputs. */
export const BUILD_MANIFEST_FILE = 'build-manifest.json';

export interface BuildManifest {
  /** Hash of all the files' hashes: one value that names the generation. */
  readonly generation: string;
  /** Output file name → content hash of its text. */
  readonly files: Readonly<Record<string, string>>;
}

/**
 * A 64-bit content hash of a string (two 32-bit multiply–xorshift lanes, as in cyrb53), as 16 hex
 * digits.
 * @example contentHash('') // '…16 hex digits…'
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  h1 ^= text.length;
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/**
 * The manifest of a set of files, keys sorted, so the same outputs give the same bytes.
 * @example buildManifest({ 'a.geojson': '{}' }) // { generation: '…', files: { 'a.geojson': '…' } }
 */
export function buildManifest(files: Readonly<Record<string, string>>): BuildManifest {
  const hashes: Record<string, string> = {};
  for (const name of Object.keys(files).sort()) hashes[name] = contentHash(files[name]!);
  const generation = contentHash(
    Object.entries(hashes)
      .map(([name, hash]) => `${name}:${hash}`)
      .join('\n'),
  );
  return { generation, files: hashes };
}

/** The manifest file's text: fixed layout, trailing newline. */
export function serialiseManifest(manifest: BuildManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Reads a manifest from parsed JSON; `undefined` when it is not one.
 * @example parseManifest({ generation: 'ab', files: { 'a.geojson': 'cd' } }) // the same object
 */
export function parseManifest(value: unknown): BuildManifest | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { generation, files } = value as { generation?: unknown; files?: unknown };
  if (typeof generation !== 'string' || typeof files !== 'object' || files === null) return undefined;
  const hashes: Record<string, string> = {};
  for (const [name, hash] of Object.entries(files)) {
    if (typeof hash !== 'string') return undefined;
    hashes[name] = hash;
  }
  return { generation, files: hashes };
}

/**
 * The files (of those given) whose text is not the one the manifest recorded: not of this generation.
 * @example filesNotInGeneration(buildManifest({ a: '1', b: '2' }), { a: '1', b: 'other' }) // ['b']
 */
export function filesNotInGeneration(
  manifest: BuildManifest,
  texts: Readonly<Record<string, string>>,
): string[] {
  return Object.keys(texts)
    .sort()
    .filter((name) => manifest.files[name] !== contentHash(texts[name]!));
}
