import type { MasteryRow } from "@/lib/srs/stats";
import { DOMAIN_NAMES, type Domain } from "@/lib/content/schema";

const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)}%`);

/** Mean recall probability per group, as bars with the number written out. */
export function MasteryTable({ title, rows }: { title: string; rows: MasteryRow[] }) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="mb-2 text-left font-semibold">{title}</caption>
      <thead>
        <tr>
          <th scope="col" className="py-1 pr-3">
            Group
          </th>
          <th scope="col" className="py-1 pr-3">
            Started
          </th>
          <th scope="col" className="w-1/2 py-1">
            Mean recall
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-t border-slate-200 dark:border-slate-800">
            <th scope="row" className="py-2 pr-3 font-normal">
              {r.key in DOMAIN_NAMES ? `${r.key}: ${DOMAIN_NAMES[r.key as Domain]}` : r.key}
            </th>
            <td className="py-2 pr-3">
              {r.started}/{r.items}
            </td>
            <td className="py-2">
              <div className="flex items-center gap-2">
                <div
                  className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
                  aria-hidden="true"
                >
                  <div
                    className="h-full bg-emerald-600 dark:bg-emerald-400"
                    style={{ width: pct(r.meanRecall) === "–" ? "0%" : pct(r.meanRecall) }}
                  />
                </div>
                <span className="w-10 text-right tabular-nums">{pct(r.meanRecall)}</span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
