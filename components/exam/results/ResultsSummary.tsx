import { cn } from "@/components/ui/cn";
import { panel } from "@/components/ui/styles";
import { DOMAIN_NAMES, DOMAINS } from "@/lib/content/schema";
import { formatDuration } from "@/lib/exam/timing";
import type { Results } from "@/lib/server/exams/results";

/** Score, pass or fail, time used, and the per-domain breakdown, as the real score report gives them. */
export function ResultsSummary({ r }: { r: Results }) {
  return (
    <section aria-labelledby="score-heading" className="grid gap-4 lg:grid-cols-[18rem_1fr]">
      <div className={panel}>
        <h2 id="score-heading" className="text-sm font-medium text-slate-600 dark:text-slate-400">
          Scaled score
        </h2>
        <p className="mt-1 text-5xl font-bold tabular-nums" data-testid="scaled-score">
          {r.scaled}
        </p>
        <p
          data-testid="pass-fail"
          className={cn(
            "mt-2 inline-block rounded-full px-3 py-1 text-sm font-semibold",
            r.passed
              ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-50"
              : "bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-50",
          )}
        >
          {r.passed ? "Pass" : "Fail"} (pass mark {r.passMark})
        </p>
        <dl className="mt-4 space-y-1 text-sm">
          <div className="flex justify-between gap-2">
            <dt>Correct (scored questions)</dt>
            <dd className="font-medium tabular-nums">
              {r.raw} / {r.scoredCount}
            </dd>
          </div>
          <div className="flex justify-between gap-2">
            <dt>Time used</dt>
            <dd className="font-medium" data-testid="time-used">
              {formatDuration(r.timeUsedMs)}
              {r.minutesAllowed !== null ? ` of ${formatDuration(r.minutesAllowed * 60_000)}` : ""}
            </dd>
          </div>
          <div className="flex justify-between gap-2">
            <dt>Submitted</dt>
            <dd className="font-medium" data-testid="ended-by">
              {r.endedBy === "DEADLINE" ? "by the server at the deadline" : "by you"}
            </dd>
          </div>
        </dl>
      </div>
      <div className={panel}>
        <h2 className="font-semibold">By domain</h2>
        <table className="mt-3 w-full text-sm">
          <caption className="sr-only">Scored questions right per SAP-C02 domain</caption>
          <thead className="text-left text-slate-600 dark:text-slate-400">
            <tr>
              <th scope="col" className="pb-2 font-medium">
                Domain
              </th>
              <th scope="col" className="pb-2 text-right font-medium">
                Right
              </th>
              <th scope="col" className="pb-2 pl-3 font-medium">
                Rating
              </th>
            </tr>
          </thead>
          <tbody>
            {DOMAINS.map((d) => {
              const s = r.domains[d];
              const pct = s.total ? Math.round((100 * s.correct) / s.total) : 0;
              return (
                <tr key={d} className="border-t border-slate-200 dark:border-slate-800" data-domain={d}>
                  <th scope="row" className="py-2 pr-2 text-left font-normal">
                    <span className="font-semibold">{d}</span> {DOMAIN_NAMES[d]}
                    <span aria-hidden="true" className="mt-1 block h-1.5 rounded bg-slate-200 dark:bg-slate-800">
                      <span className="block h-1.5 rounded bg-sky-700 dark:bg-sky-400" style={{ width: `${pct}%` }} />
                    </span>
                  </th>
                  <td className="py-2 text-right whitespace-nowrap tabular-nums">
                    {s.total ? (
                      <>
                        {s.correct}/{s.total}{" "}
                        <span className="block text-xs text-slate-600 sm:inline sm:text-sm dark:text-slate-400">
                          ({pct} %)
                        </span>
                      </>
                    ) : (
                      "–"
                    )}
                  </td>
                  <td className="py-2 pl-3">
                    {s.rating === "meets"
                      ? "Meets competencies"
                      : s.rating === "needs-improvement"
                        ? "Needs improvement"
                        : "Not tested"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
