import { describe, expect, it } from "vitest";
import { rendererFirstPaint, type TraceEvent } from "./page-trace";

const URL = "http://localhost:3292/";
const at = (ms: number) => 1_000_000 + ms * 1000;
const ev = (name: string, ms: number, args?: TraceEvent["args"], thread = 1): TraceEvent => ({
  name,
  ts: at(ms),
  pid: 7,
  tid: thread,
  args,
});
const nav = ev("navigationStart", 0, { data: { isLoadingMainFrame: true, documentLoaderURL: URL } });
const parse = (ms: number, url: string) => ({ ...ev("ParseHTML", ms), args: { beginData: { url } } }) as TraceEvent;

describe("rendererFirstPaint", () => {
  it("is the first paint of the page's own document, not of the blank page before it", () => {
    const trace = [nav, parse(18, ""), ev("Paint", 25), parse(390, URL), ev("Paint", 517), ev("Paint", 530)];
    expect(rendererFirstPaint({ traceEvents: trace })).toBe(517);
  });

  it("ignores paints on other threads and accepts a bare event array", () => {
    const trace = [nav, parse(30, URL), ev("Paint", 100, undefined, 2), ev("Paint", 206)];
    expect(rendererFirstPaint(trace)).toBe(206);
  });

  it("is NaN when the trace has no navigation, no parse of the page or no paint", () => {
    expect(rendererFirstPaint([ev("Paint", 5)])).toBeNaN();
    expect(rendererFirstPaint([nav, parse(10, ""), ev("Paint", 20)])).toBeNaN();
    expect(rendererFirstPaint([nav, parse(10, URL)])).toBeNaN();
  });
});
