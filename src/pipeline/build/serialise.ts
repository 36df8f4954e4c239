/**
 * The one fixed layout of every generated file: a FeatureCollection with one Feature per line (so
 * git diffs show which place or event changed), keys in the order they were built, no timestamps,
 * and a trailing newline. Same value in, same bytes out.
 * @example serialiseFeatureCollection([{ type: 'Feature', id: 'a', geometry: null, properties: {} }])
 * // '{"type":"FeatureCollection","features":[\n{"type":"Feature","id":"a","geometry":null,"properties":{}}\n]}\n'
 */
export function serialiseFeatureCollection(features: readonly unknown[]): string {
  if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  const lines = features.map((feature) => JSON.stringify(feature));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
