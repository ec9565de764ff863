import type { Misconception } from "@/lib/content/schema";
import { InlineText } from "@/components/ui/InlineText";

/** One wrong belief next to the correct statement and the reason. */
export function MisconceptionPair({ pair, index }: { pair: Misconception; index: number }) {
  return (
    <li
      id={`pair-${pair.id}`}
      className="overflow-hidden rounded-xl border border-slate-200 dark:border-slate-800"
      data-testid="misconception"
    >
      <h3 className="sr-only">Misconception {index + 1}</h3>
      <div className="border-l-4 border-red-600 bg-red-50 px-4 py-3 dark:border-red-400 dark:bg-red-950/40">
        <p className="text-xs font-bold uppercase tracking-wide text-red-800 dark:text-red-300">You might think…</p>
        <p className="mt-1">
          <InlineText text={pair.wrong} />
        </p>
      </div>
      <div className="border-l-4 border-emerald-600 bg-emerald-50 px-4 py-3 dark:border-emerald-400 dark:bg-emerald-950/40">
        <p className="text-xs font-bold uppercase tracking-wide text-emerald-800 dark:text-emerald-300">Actually…</p>
        <p className="mt-1">
          <InlineText text={pair.right} />
        </p>
      </div>
      <div className="border-l-4 border-slate-300 bg-white px-4 py-3 dark:border-slate-600 dark:bg-slate-900">
        <p className="text-xs font-bold uppercase tracking-wide text-slate-600 dark:text-slate-400">Because…</p>
        <p className="mt-1">
          <InlineText text={pair.why} />
        </p>
      </div>
    </li>
  );
}
