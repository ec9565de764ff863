import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { muted } from "@/components/ui/styles";
import type { bankAnalysis } from "@/lib/server/authoring/analysis";

type Row = Awaited<ReturnType<typeof bankAnalysis>>[number];
const LETTERS = "ABCDEFGHIJ";
const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)}%`);
const short = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/** One row per question: facility, discrimination, how often each option was chosen, and flags. */
export function AnalysisTable({ bankId, rows }: { bankId: string; rows: Row[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">Item analysis, one row per question</caption>
        <thead className="border-b border-slate-300 dark:border-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-3">
              Question
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Responses
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Facility
            </th>
            <th scope="col" className="py-2 pr-3 text-right">
              Discrimination
            </th>
            <th scope="col" className="py-2">
              Options chosen (key in bold)
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {rows.map((r) => (
            <tr key={r.lineageId} className={cn("align-top", r.flags.length ? "bg-amber-50 dark:bg-amber-950/40" : "")}>
              <th scope="row" className="py-2 pr-3 font-normal">
                <Link
                  href={`/author/banks/${bankId}/questions/${r.lineageId}`}
                  className="text-sky-800 underline dark:text-sky-300"
                >
                  {r.number}. {short(r.title ?? r.stem)}
                </Link>
                <span className={`block text-xs ${muted}`}>
                  version {r.version} · {r.exam} exam, {r.practice} practice
                </span>
                {r.flags.map((f) => (
                  <span key={f} className="mt-1 block text-xs font-semibold text-amber-900 dark:text-amber-200">
                    ⚑ {f}
                  </span>
                ))}
              </th>
              <td className="py-2 pr-3 text-right tabular-nums">{r.responses}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{pct(r.facility)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">
                {r.discrimination === null ? "–" : r.discrimination.toFixed(2)}
              </td>
              <td className="py-2">
                <ul className="flex flex-wrap gap-x-3 gap-y-1">
                  {r.choices.map((c, i) => (
                    <li key={c.optionId} className={cn("tabular-nums", c.correct && "font-bold")}>
                      {LETTERS[i]} {pct(c.share)}
                      {c.correct ? <span className="sr-only"> (key)</span> : null}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
