import Link from "next/link";
import { panel } from "@/components/ui/styles";
import { InlineText } from "@/components/ui/InlineText";
import type { MisconceptionShown } from "@/lib/server/exams/results";
import { AddCardsButton } from "./AddCardsButton";

/** "Misconceptions you showed": the chosen distractors grouped by the card misconception they embody. */
export function Misconceptions({ groups }: { groups: MisconceptionShown[] }) {
  const cardIds = [...new Set(groups.map((g) => g.cardId))];
  return (
    <section aria-labelledby="misconceptions-heading" className={panel}>
      <h2 id="misconceptions-heading" className="text-lg font-semibold">
        Misconceptions you showed
      </h2>
      {groups.length === 0 ? (
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          None of the wrong options you chose matches a known misconception from the concept cards.
        </p>
      ) : (
        <>
          <p className="mt-1 text-slate-600 dark:text-slate-400">
            Wrong options you chose that rest on the same mistaken belief, with the card that sets it straight.
          </p>
          <ul className="mt-4 space-y-4" data-testid="misconceptions">
            {groups.map((g) => (
              <li key={g.ref} className="border-l-4 border-amber-500 pl-3" data-misconception={g.ref}>
                <p className="font-medium">
                  <Link href={`/learn/${g.cardId}`} className="text-sky-800 underline dark:text-sky-300">
                    {g.cardTitle}
                  </Link>{" "}
                  <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                    questions{" "}
                    {g.positions.map((p, i) => (
                      <span key={p}>
                        {i > 0 ? ", " : ""}
                        <a href={`#q-${p}`} className="underline">
                          {p}
                        </a>
                      </span>
                    ))}
                  </span>
                </p>
                {g.wrong ? (
                  <p className="mt-1 text-sm">
                    <span className="font-semibold text-rose-800 dark:text-rose-300">You acted on: </span>
                    <InlineText text={g.wrong} />
                  </p>
                ) : null}
                {g.right ? (
                  <p className="mt-1 text-sm">
                    <span className="font-semibold text-emerald-800 dark:text-emerald-300">In fact: </span>
                    <InlineText text={g.right} />
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          <AddCardsButton
            cardIds={cardIds}
            label={`Add ${cardIds.length === 1 ? "this card" : `these ${cardIds.length} cards`} to my reviews`}
          />
        </>
      )}
    </section>
  );
}
