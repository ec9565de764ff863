import Link from "next/link";
import type { PresetSummary } from "@/lib/content/presets";
import { buttonPrimary, panel } from "@/components/ui/styles";

type Group = { concept: string; presets: PresetSummary[] };

/** Presets grouped by the concept they teach, each linking to its cards; or start from scratch. */
export function PresetGallery({ groups }: { groups: Group[] }) {
  return (
    <div className="space-y-8 wrap-anywhere">
      <div className={`${panel} flex flex-wrap items-center justify-between gap-3`}>
        <p>Build your own scenario: functions, limits and traffic, from a blank page.</p>
        <Link href="/sandbox?new=1" className={buttonPrimary}>
          Start from scratch
        </Link>
      </div>
      {groups.map((g) => (
        <section key={g.concept} aria-labelledby={`group-${g.concept}`}>
          <h2 id={`group-${g.concept}`} className="mb-3 text-xl font-semibold">
            {g.concept}
          </h2>
          <ul className="grid gap-4 md:grid-cols-2">
            {g.presets.map((p) => (
              <li key={p.id} className={`${panel} flex flex-col gap-2`} data-testid="preset">
                <h3 className="font-semibold">
                  <Link href={`/sandbox?scenario=${p.id}`} className="text-sky-800 underline dark:text-sky-300">
                    {p.title}
                  </Link>
                </h3>
                <p className="line-clamp-3 text-sm text-slate-700 dark:text-slate-300">{p.description}</p>
                <div className="mt-auto flex flex-wrap items-center gap-2 text-sm">
                  {p.hasQuestion ? (
                    <span className="rounded bg-sky-100 px-1.5 py-0.5 text-xs font-semibold text-sky-900 dark:bg-sky-900 dark:text-sky-100">
                      Predict first
                    </span>
                  ) : null}
                  {p.cards.length > 0 ? (
                    <span>
                      Card{p.cards.length > 1 ? "s" : ""}:{" "}
                      {p.cards.map((c, i) => (
                        <span key={c.id}>
                          {i > 0 ? ", " : ""}
                          <Link href={`/learn/${c.id}`} className="underline">
                            {c.title}
                          </Link>
                        </span>
                      ))}
                    </span>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
