/** The sentence that names an invocation on the lanes (tooltip and screen-reader announcement). */
import { requestIdFor } from "@/lib/sim/prng";
import { SEG_COLD, SEG_PROVISIONED, SEG_STATUS, SOURCES, type RunTrace } from "@/lib/sim/trace";
import { int, secs } from "./format";

export function describeSegment(t: RunTrace, i: number, seed: number, names: readonly string[]): string {
  const s = t.seg;
  const flags = s.flags[i] as number;
  const parts = [
    `Request ${requestIdFor(seed, s.req[i] as number)}`,
    `${names[s.fn[i] as number] ?? "?"} (${SOURCES[s.source[i] as number]})`,
    `environment ${s.env[i]}${flags & SEG_PROVISIONED ? " (provisioned)" : ""}`,
    `started at ${secs(s.t0[i] as number)}`,
    flags & SEG_COLD ? `cold start, Init ${int(s.init[i] as number)} ms` : "warm",
    `ran ${int(s.run[i] as number)} ms, billed ${int(s.billed[i] as number)} ms`,
    SEG_STATUS[s.status[i] as number] ?? "ok",
  ];
  if ((s.attempt[i] as number) > 1) parts.push(`attempt ${s.attempt[i]}`);
  return parts.join(" · ");
}
