import type { ReactNode } from "react";
import { panel } from "@/components/ui/styles";
import { DataTable } from "./DataTable";
import { DailyBars } from "./StatsCharts";

type Props = {
  id: string;
  title: string;
  summary: ReactNode;
  unit: string;
  color: string;
  data: { date: string; value: number }[];
};

/** A per-day bar chart with its text alternatives: a written summary and the data as a table. */
export function DailyChartPanel({ id, title, summary, unit, color, data }: Props) {
  return (
    <section className={panel} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="font-semibold">
        {title}
      </h2>
      <p id={`${id}-desc`} className="text-sm text-slate-600 dark:text-slate-400">
        {summary}
      </p>
      <DailyBars data={data} label={title} color={color} describedBy={`${id}-desc`} />
      <DataTable
        id={`${id}-table`}
        caption={title}
        columns={["Date", unit]}
        rows={data.map((d) => [d.date, d.value])}
      />
    </section>
  );
}
