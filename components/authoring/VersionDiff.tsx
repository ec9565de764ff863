import type { FieldChange } from "@/lib/banks/compare";

/** What changed between two versions: each changed field with its words struck out and added. */
export function VersionDiff({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return <p>These versions have the same content.</p>;
  return (
    <dl className="grid gap-3">
      {changes.map((c) => (
        <div key={c.field} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <dt className="text-sm font-semibold">{c.field}</dt>
          <dd className="mt-1 whitespace-pre-wrap">
            {c.parts.map((p, i) =>
              p.added ? (
                <ins
                  key={i}
                  className="bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-900/60 dark:text-emerald-100"
                >
                  <span className="sr-only">[added: </span>
                  {p.value}
                  <span className="sr-only">]</span>
                </ins>
              ) : p.removed ? (
                <del key={i} className="bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100">
                  <span className="sr-only">[removed: </span>
                  {p.value}
                  <span className="sr-only">]</span>
                </del>
              ) : (
                <span key={i}>{p.value}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
