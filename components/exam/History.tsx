import Link from "next/link";
import { panel } from "@/components/ui/styles";
import { formatDuration } from "@/lib/exam/timing";
import type { History as HistoryData } from "@/lib/server/exams/history";
import { ScoreTrend } from "./ScoreTrend";

const day = (iso: string) => iso.slice(0, 10);

/** Past attempts with their scores, and the timed mocks' score trend. */
export function History({ history }: { history: HistoryData }) {
  const { submitted, timedScores, trend } = history;
  return (
    <section aria-labelledby="history-heading" className={`${panel} mt-8`}>
      <h2 id="history-heading" className="text-lg font-semibold">
        Your attempts
      </h2>
      {submitted.length === 0 ? (
        <p className="mt-2 text-slate-600 dark:text-slate-400">No finished attempts yet.</p>
      ) : (
        <>
          {timedScores.length > 0 ? (
            <div className="mt-3">
              <p className="text-sm" id="trend-summary" data-testid="trend">
                Timed mocks: latest {timedScores.at(-1)!.score}
                {trend === null
                  ? "."
                  : `, trend ${trend >= 0 ? "+" : "−"}${Math.abs(Math.round(trend))} points per mock over the last ${Math.min(5, timedScores.length)}.`}
              </p>
              {timedScores.length > 1 ? (
                <ScoreTrend
                  describedBy="trend-summary"
                  points={timedScores.map((s, i) => ({ label: `#${i + 1} ${day(s.at).slice(5)}`, score: s.score }))}
                />
              ) : null}
            </div>
          ) : null}
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">Finished attempts, newest first</caption>
              <thead className="text-left text-slate-600 dark:text-slate-400">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Date
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Mode
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Score
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Result
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Time
                  </th>
                </tr>
              </thead>
              <tbody>
                {submitted.map((a) => (
                  <tr key={a.id} className="border-t border-slate-200 dark:border-slate-800">
                    <td className="py-2 pr-3 whitespace-nowrap">{day(a.submittedAt!)}</td>
                    <td className="py-2 pr-3">
                      <Link href={`/exams/${a.id}/results`} className="text-sky-800 underline dark:text-sky-300">
                        {a.title}
                      </Link>{" "}
                      <span className="text-slate-600 dark:text-slate-400">({a.questions} q.)</span>
                    </td>
                    <td className="py-2 pr-3 text-right tabular-nums">{a.scaledScore}</td>
                    <td className="py-2 pr-3">{a.passed ? "Pass" : "Fail"}</td>
                    <td className="py-2 pr-3 whitespace-nowrap">
                      {a.timeUsedMs !== null ? formatDuration(a.timeUsedMs) : "–"}
                      {a.endedBy === "DEADLINE" ? " (time ran out)" : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
