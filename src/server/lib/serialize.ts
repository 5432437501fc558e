/** Rows to JSON-ready objects: timestamps as ISO strings, as the API schemas declare them. */
export function serialize<T extends object>(
  row: T,
): { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = v instanceof Date ? v.toISOString() : v;
  return out as never;
}
