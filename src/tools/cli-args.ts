/**
 * A positive integer flag of a tool's command line, or its default when absent.
 * @example positiveIntFlag('runs', '3', 7) // 3
 */
export function positiveIntFlag(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`--${flag} must be a positive integer, got "${value}"`);
  return number;
}
