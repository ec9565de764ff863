import { describe, expect, it } from "vitest";
import { peak, summarize, tableRows, type ChartSeries } from "./chart-data";

const conc: ChartSeries = { label: "Concurrency", values: [0, 5, 9, 9, 2], color: "#000", agg: "max" };
const thr: ChartSeries = { label: "Throttles", values: [3, 0, 1, 0, 0], color: "#000", agg: "sum" };

describe("chart text alternatives", () => {
  it("summarises levels by their peak and counts by their total", () => {
    expect(peak(conc.values)).toEqual({ value: 9, at: 2 });
    expect(summarize([conc, thr])).toBe("Concurrency: peak 9 at 2 s; Throttles: 4 in total");
  });

  it("groups seconds so the table stays short, keeping peaks and sums right", () => {
    expect(tableRows([conc, thr], 5)).toEqual([
      ["0 s", "0", "3"],
      ["1 s", "5", "0"],
      ["2 s", "9", "1"],
      ["3 s", "9", "0"],
      ["4 s", "2", "0"],
    ]);
    expect(tableRows([conc, thr], 5, 2)).toEqual([
      ["0–2 s", "9", "4"],
      ["3–4 s", "9", "0"],
    ]);
  });
});
