/**
 * A module loaded on demand, once: `load()` starts (or joins) the import, and `current` holds the
 * result once it has arrived. A failed import is forgotten, so the next `load()` tries again.
 */
export type Chunk<T> = { load: () => Promise<T>; current: T | null };

export function chunk<T>(load: () => Promise<T>): Chunk<T> {
  let loading: Promise<T> | null = null;
  const c: Chunk<T> = {
    current: null,
    load: () =>
      (loading ??= load().then(
        (value) => (c.current = value),
        (e: unknown) => {
          loading = null;
          throw e;
        },
      )),
  };
  return c;
}
