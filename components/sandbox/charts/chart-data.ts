/** Text alternatives of the charts: a one-sentence summary and a table of at most ~120 rows. */
import { int } from "../results/format";

export type Agg = "max" | "sum";
export interface ChartSeries {
  label: string;
  values: number[];
  color: string;
  agg: Agg;
}

/** Peak of a series and the first second it is reached. */
export function peak(values: readonly number[]): { value: number; at: number } {
  let value = -Infinity,
    at = 0;
  values.forEach((v, i) => {
    if (v > value) {
      value = v;
      at = i;
    }
  });
  return { value: Number.isFinite(value) ? value : 0, at };
}

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** One sentence per series: its total (counts) or its peak and when (levels). */
export function summarize(series: ChartSeries[], unit = ""): string {
  return series
    .map((s) => {
      if (s.agg === "sum") return `${s.label}: ${int(sum(s.values))} in total`;
      const p = peak(s.values);
      return `${s.label}: peak ${int(p.value)}${unit} at ${p.at} s`;
    })
    .join("; ");
}

/** Rows of the data table: seconds grouped so there are at most `maxRows` rows. */
export function tableRows(series: ChartSeries[], seconds: number, maxRows = 120): (string | number)[][] {
  const step = Math.max(1, Math.ceil(seconds / maxRows));
  const rows: (string | number)[][] = [];
  for (let from = 0; from < seconds; from += step) {
    const to = Math.min(seconds, from + step);
    const label = step === 1 ? `${from} s` : `${from}–${to - 1} s`;
    rows.push([
      label,
      ...series.map((s) => {
        const part = s.values.slice(from, to);
        return int(s.agg === "sum" ? sum(part) : Math.max(0, ...part));
      }),
    ]);
  }
  return rows;
}
