"use client";

import Link from "next/link";
import type { ItemView } from "@/lib/srs/present";
import type { AnswerResult } from "./api";
import type { Phase } from "./store";
import { InlineText } from "@/components/ui/InlineText";
import { Markdown } from "@/components/ui/Markdown";
import { cn } from "@/components/ui/cn";
import { buttonPrimary, panel } from "@/components/ui/styles";

type Props = {
  item: ItemView;
  selected: string[];
  result: AnswerResult | null;
  phase: Phase;
  onToggle: (id: string) => void;
  onCheck: () => void;
};

function optionClass(id: string, selected: string[], result: AnswerResult | null) {
  const isSelected = selected.includes(id);
  if (result) {
    const right = result.key.correctIds.includes(id);
    if (right) return "border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/50";
    if (isSelected) return "border-red-600 bg-red-50 dark:border-red-400 dark:bg-red-950/50";
    return "border-slate-200 opacity-80 dark:border-slate-800";
  }
  return isSelected
    ? "border-sky-600 bg-sky-50 ring-2 ring-sky-600 dark:border-sky-400 dark:bg-sky-950/50 dark:ring-sky-400"
    : "border-slate-300 hover:border-sky-500 dark:border-slate-700";
}

/** Bank questions are Markdown (sanitised); card items are plain text with `code`. */
function Text({ item, text, inline = false }: { item: ItemView; text: string; inline?: boolean }) {
  return item.kind === "question" ? <Markdown text={text} inline={inline} /> : <InlineText text={text} />;
}

/** One review item: the prompt, the options as large buttons, then the key and the reason. */
export function ItemCard({ item, selected, result, phase, onToggle, onCheck }: Props) {
  const answered = result !== null;
  const multi = item.select > 1;
  return (
    <section className={panel} aria-labelledby="item-prompt" data-item-id={item.itemId}>
      <p className="text-sm font-medium text-slate-600 dark:text-slate-400">{item.title}</p>
      {item.kind === "question" ? (
        // A stem may hold paragraphs and lists, which an <h2> cannot contain.
        <div id="item-prompt" role="heading" aria-level={2} className="mt-1 text-lg leading-relaxed font-medium">
          <Markdown text={item.prompt} />
        </div>
      ) : (
        <h2 id="item-prompt" className="mt-1 text-xl font-semibold">
          <InlineText text={item.prompt} />
        </h2>
      )}
      {item.statement ? (
        <blockquote className="mt-3 border-l-4 border-slate-300 pl-4 text-lg dark:border-slate-600">
          <InlineText text={item.statement} />
        </blockquote>
      ) : null}
      {multi ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Select {item.select}. Only the complete set counts.
        </p>
      ) : null}

      <div role="group" aria-label="Options" className="mt-4 grid gap-3">
        {item.options.map((o, i) => {
          const right = result?.key.correctIds.includes(o.id);
          return (
            <button
              key={o.id}
              type="button"
              aria-pressed={selected.includes(o.id)}
              aria-keyshortcuts={String(i + 1)}
              disabled={answered || phase !== "question"}
              onClick={() => onToggle(o.id)}
              className={cn(
                "flex w-full items-start gap-3 rounded-xl border-2 px-4 py-4 text-left text-base transition-colors",
                optionClass(o.id, selected, result),
              )}
            >
              <span
                aria-hidden="true"
                className="mt-0.5 grid h-6 w-6 shrink-0 place-items-center rounded border border-current text-xs font-bold"
              >
                {i + 1}
              </span>
              <span className="flex-1">
                <Text item={item} text={o.text} inline />
                {result && (right || selected.includes(o.id)) ? (
                  <span className="ml-2 inline-block rounded bg-slate-900/10 px-1.5 text-xs font-semibold dark:bg-white/15">
                    {selected.includes(o.id)
                      ? right
                        ? "your choice · correct"
                        : "your choice · wrong"
                      : "correct answer"}
                  </span>
                ) : null}
                {result?.key.optionFeedback[o.id] ? (
                  <span className="mt-1 block text-sm text-slate-600 dark:text-slate-400">
                    <Text item={item} text={result.key.optionFeedback[o.id]!} inline />
                  </span>
                ) : null}
              </span>
            </button>
          );
        })}
      </div>

      {!answered ? (
        <div className="mt-4 flex items-center justify-between gap-3">
          <span className="text-sm text-slate-600 dark:text-slate-400">
            {selected.length === 0 ? "Pick an answer." : "Press Space or Enter to check."}
          </span>
          <button
            type="button"
            className={buttonPrimary}
            disabled={selected.length === 0 || phase === "checking"}
            onClick={onCheck}
          >
            {phase === "checking" ? "Checking…" : "Check answer"}
          </button>
        </div>
      ) : (
        <div className="mt-5 space-y-3" data-testid="feedback">
          <p
            className={cn(
              "text-lg font-semibold",
              result.correct ? "text-emerald-800 dark:text-emerald-300" : "text-red-800 dark:text-red-300",
            )}
          >
            {result.correct ? "Correct" : "Not quite"}
          </p>
          {result.repeated ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              You had answered this item already: your first answer is the one that counts.
            </p>
          ) : null}
          {result.key.right && item.kind === "truefalse" ? (
            <p>
              <span className="font-semibold">Actually: </span>
              <InlineText text={result.key.right} />
            </p>
          ) : null}
          {result.key.mistake ? (
            <p>
              <span className="font-semibold">The common mistake: </span>
              <InlineText text={result.key.mistake} />
            </p>
          ) : null}
          <div>
            <span className="font-semibold">Why: </span>
            <Text item={item} text={result.key.why} />
          </div>
          {item.cardId ? (
            <Link
              href={`/learn/${item.cardId}`}
              className="inline-block text-sm text-sky-800 underline dark:text-sky-300"
              target="_blank"
            >
              Open the concept card
            </Link>
          ) : null}
        </div>
      )}
    </section>
  );
}
