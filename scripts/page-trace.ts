// Figures read from a Chrome trace that Lighthouse saved (--save-assets), for `npm run bench:pages`.

export type TraceEvent = {
  name: string;
  ts: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> };
};

/**
 * When the page's renderer painted its first frame, in ms after navigation start, from a trace
 * Lighthouse saved (--save-assets): the first `Paint` on the main thread of the renderer that
 * loaded the page, after that thread began parsing the page's HTML (a renderer can paint the blank
 * document it held before the navigation first). NaN when the trace does not show one.
 */
export function rendererFirstPaint(trace: { traceEvents: TraceEvent[] } | TraceEvent[]): number {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const nav = events.find(
    (e) => e.name === "navigationStart" && e.args?.data?.isLoadingMainFrame === true && e.args.data.documentLoaderURL,
  );
  if (!nav) return NaN;
  const sameThread = (e: TraceEvent) => e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts;
  const url = nav.args?.data?.documentLoaderURL;
  const parse = events.find(
    (e) =>
      e.name === "ParseHTML" && sameThread(e) && (e.args as { beginData?: { url?: string } })?.beginData?.url === url,
  );
  if (!parse) return NaN;
  const paint = events.find((e) => e.name === "Paint" && sameThread(e) && e.ts >= parse.ts);
  return paint ? (paint.ts - nav.ts) / 1000 : NaN;
}
