/** CloudWatch-style log lines of a traced run, and the gauge behind the queue series. */
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { Gauge } from "@/lib/sim/gauge";
import { formatLine, lineClass } from "@/lib/sim/trace-format";
import { buildLogIndex } from "@/lib/sim/trace-log";
import { parse, preset } from "./helpers";

function logOf(id: string) {
  const s = parse(preset(id));
  const r = simulate(s, { events: true, trace: { maxRows: 100_000 } });
  const t = r.trace!;
  const log = buildLogIndex(t);
  const mem = s.functions.map((f) => f.memoryMb);
  const lines = Array.from({ length: log.count }, (_, i) => formatLine(t, log, i, s.seed, mem));
  return { r, lines };
}

describe("log lines", () => {
  it("writes START / END / REPORT with billed duration, memory and Init for a cold call", () => {
    const { r, lines } = logOf("reserved-throttle");
    const first = r.events!.find((e) => e.kind === "end")!;
    const mine = lines.filter((l) => l.requestId === first.requestId).map((l) => l.text);
    expect(mine).toEqual([
      "INIT_START Environment: 0",
      `START RequestId: ${first.requestId} Version: $LATEST`,
      `END RequestId: ${first.requestId}`,
      `REPORT RequestId: ${first.requestId} Duration: 1000.00 ms Billed Duration: 1300 ms Memory Size: 512 MB Init Duration: 300.00 ms`,
    ]);
  });

  it("shows each 429 with its reason and request id, as the event log has them", () => {
    const { r, lines } = logOf("reserved-throttle");
    const throttles = lines.filter((l) => l.kind === "throttle");
    expect(throttles).toHaveLength(50);
    expect(throttles.map((l) => l.requestId)).toEqual(
      r.events!.filter((e) => e.kind === "throttle").map((e) => e.requestId),
    );
    expect(throttles[0]!.text).toContain(
      "429 TooManyRequestsException Reason: ReservedFunctionConcurrentInvocationLimitExceeded",
    );
    expect(throttles[0]!.status).toBe("429");
  });

  it("marks timeouts in REPORT and shows retries, DLQ and destination deliveries", () => {
    expect(
      logOf("timeout")
        .lines.filter((l) => l.text.startsWith("REPORT"))
        .map((l) => l.text.split(" Status: ")[1]),
    ).toEqual(["timeout", "timeout"]);
    const { lines } = logOf("async-retries-dlq");
    const kinds = lines.filter((l) => l.kind !== "invocation").map((l) => l.text.split(" ")[0]);
    expect(kinds).toEqual(["ACCEPTED", "RETRY", "RETRY", "DLQ", "DESTINATION"]);
    expect(lines.at(-1)!.text).toContain("condition: RetriesExhausted approximateInvokeCount: 3");
  });

  it("classifies an invocation's lines by its final status, for the status filter", () => {
    const s = parse(preset("timeout"));
    const t = simulate(s, { trace: { maxRows: 100 } }).trace!;
    const log = buildLogIndex(t);
    const statuses = new Set(Array.from({ length: log.count }, (_, i) => lineClass(t, log, i).status));
    expect([...statuses]).toEqual(["timeout"]);
  });
});

describe("Gauge", () => {
  it("keeps the peak within each second and carries the level through quiet seconds", () => {
    const g = new Gauge(5);
    g.add(0, 3);
    g.add(0, -2);
    g.add(2, 4); // level 5 in second 2
    g.add(2, -5);
    expect(g.finish()).toEqual([3, 1, 5, 0, 0]);
  });

  it("ends the window at the level it had when later changes come past it", () => {
    const g = new Gauge(3);
    g.add(1, 2);
    g.add(-1, -2);
    expect(g.finish()).toEqual([0, 2, 2]);
  });
});
