/**
 * Filtering the log by function, kind and status on the main thread in slices of 100,000 lines,
 * yielding between slices, so a filter over millions of lines never blocks input for long.
 */
import type { RunTrace } from "@/lib/sim/trace";
import { lineClass } from "@/lib/sim/trace-format";
import type { LogIndex } from "@/lib/sim/trace-log";
import type { LogFilter } from "../store/types";

const SLICE = 100_000;
const yieldToMain = () => new Promise<void>((r) => setTimeout(r, 0));

export const isAll = (f: LogFilter) => f.fn === -1 && f.kind === "all" && f.status === "all";

/** The indices of matching lines, or null when the filter keeps everything; undefined when cancelled. */
export async function filterLog(
  t: RunTrace,
  log: LogIndex,
  f: LogFilter,
  cancelled: () => boolean,
): Promise<Uint32Array | null | undefined> {
  if (isAll(f)) return null;
  const out = new Uint32Array(log.count);
  let n = 0;
  for (let from = 0; from < log.count; from += SLICE) {
    const to = Math.min(log.count, from + SLICE);
    for (let i = from; i < to; i++) {
      const c = lineClass(t, log, i);
      if (
        (f.fn === -1 || c.fn === f.fn) &&
        (f.kind === "all" || c.kind === f.kind) &&
        (f.status === "all" || c.status === f.status)
      ) {
        out[n++] = i;
      }
    }
    if (to < log.count) {
      await yieldToMain();
      if (cancelled()) return undefined;
    }
  }
  return out.slice(0, n);
}
