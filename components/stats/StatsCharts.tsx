"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Point = { date: string; value: number };

/** A small bar chart; the accessible description and a data table are supplied by the caller. */
export function DailyBars({
  data,
  label,
  color,
  describedBy,
}: {
  data: Point[];
  label: string;
  color: string;
  describedBy: string;
}) {
  return (
    <figure role="img" aria-label={label} aria-describedby={describedBy} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            dataKey="date"
            tickFormatter={(d: string) => d.slice(5)}
            tick={{ fontSize: 11, fill: "currentColor" }}
            interval="preserveStartEnd"
          />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "currentColor" }} />
          <Tooltip contentStyle={{ color: "#0f172a" }} />
          <Bar dataKey="value" name={label} fill={color} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
