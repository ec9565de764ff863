"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Timed mock scores over time, with the pass mark; the data table beside it is the accessible version. */
export function ScoreTrend({
  points,
  describedBy,
}: {
  points: { label: string; score: number }[];
  describedBy: string;
}) {
  return (
    <figure role="img" aria-label="Timed mock scores over time" aria-describedby={describedBy} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: -8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: "currentColor" }} interval="preserveStartEnd" />
          <YAxis domain={[100, 1000]} ticks={[100, 400, 750, 1000]} tick={{ fontSize: 11, fill: "currentColor" }} />
          <Tooltip contentStyle={{ color: "#0f172a" }} />
          <ReferenceLine
            y={750}
            stroke="#059669"
            strokeDasharray="4 4"
            label={{ value: "pass 750", fontSize: 11, fill: "currentColor" }}
          />
          <Line
            type="monotone"
            dataKey="score"
            name="Scaled score"
            stroke="#0284c7"
            strokeWidth={2}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
