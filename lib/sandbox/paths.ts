/** JSON paths as parseScenario prints them (`functions[0].memoryMb`), and immutable edits at a path. */

export type PathKey = string | number;

/** Splits `functions[0].memoryMb` into ["functions", 0, "memoryMb"]. */
export function parsePath(path: string): PathKey[] {
  if (path === "(root)" || path === "") return [];
  const keys: PathKey[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    keys.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return keys;
}

/** The value at `keys`, or undefined. */
export function getAt(root: unknown, keys: readonly PathKey[]): unknown {
  let cur = root;
  for (const k of keys) {
    if (cur === null || typeof cur !== "object" || !Object.hasOwn(cur, k)) return undefined;
    cur = (cur as Record<PathKey, unknown>)[k];
  }
  return cur;
}

/** A copy of `root` with `value` at `keys` (undefined removes the key); containers are created as needed. */
export function setAt<T>(root: T, keys: readonly PathKey[], value: unknown): T {
  const [head, ...rest] = keys;
  if (head === undefined) return value as T;
  const base: unknown = root !== null && typeof root === "object" ? root : typeof head === "number" ? [] : {};
  const child = setAt(getAt(base, [head]), rest, value);
  if (Array.isArray(base)) {
    const copy = base.slice();
    if (child === undefined) copy.splice(head as number, 1);
    else copy[head as number] = child;
    return copy as T;
  }
  const copy = { ...(base as Record<string, unknown>) };
  if (child === undefined) delete copy[head];
  else copy[head] = child;
  return copy as T;
}
