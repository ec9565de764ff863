"use client";

import Link from "next/link";
import { AddToReviewsButton } from "@/components/cards/AddToReviewsButton";
import { InlineText } from "@/components/ui/InlineText";
import { panel } from "@/components/ui/styles";
import { rightChoice, type Answer } from "@/lib/sim/answer";
import type { Prediction } from "@/lib/sim/prediction";
import { useSandbox } from "./SandboxStoreProvider";
import { useSavePrediction } from "./useSavePrediction";

const num = (v: number) =>
  Number.isInteger(v) ? v.toLocaleString("en-US") : v.toLocaleString("en-US", { maximumFractionDigits: 2 });

function answerText(q: Prediction, a: Answer): string {
  if (a.type === "number") return `${num(a.value)}${q.unit ? ` ${q.unit}` : ""}`;
  return q.choices?.[a.index]?.label ?? "—";
}

function engineText(q: Prediction, v: number): string {
  if (Number.isNaN(v)) return "no figure";
  if (q.type === "number") return `${num(v)}${q.unit ? ` ${q.unit}` : ""}`;
  return `${q.choices?.[rightChoice(q, v)]?.label ?? "none of the choices"} (${num(v)})`;
}

/** The learner's prediction beside the engine's figure, explained by the card's misconception. */
export function PredictionResult() {
  const outcome = useSandbox((s) => s.outcome);
  const question = useSandbox((s) => s.preset?.question ?? null);
  const explanation = useSandbox((s) => s.preset?.explanation ?? null);
  const presetId = useSandbox((s) => s.preset?.id ?? "");
  const { signedIn } = useSavePrediction();
  if (!outcome || !question) return null;
  return (
    <section className={panel} aria-labelledby="prediction-title" data-testid="prediction-result">
      <h2 id="prediction-title" className="text-lg font-semibold">
        {outcome.correct ? "You predicted it" : "Not what you predicted"}
      </h2>
      <p className="mt-1 text-sm">{question.question}</p>
      <dl className="mt-3 grid grid-cols-2 gap-3">
        <div className="rounded-lg bg-slate-100 p-3 dark:bg-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">Your answer</dt>
          <dd className="text-lg font-semibold" data-testid="your-answer">
            {answerText(question, outcome.answer)}
          </dd>
        </div>
        <div
          className={`rounded-lg p-3 ${outcome.correct ? "bg-emerald-100 dark:bg-emerald-950" : "bg-amber-100 dark:bg-amber-950"}`}
        >
          <dt className="text-sm text-slate-700 dark:text-slate-300">The engine</dt>
          <dd className="text-lg font-semibold" data-testid="engine-answer">
            {engineText(question, outcome.engine)}
          </dd>
        </div>
      </dl>
      <p className="mt-2 text-sm" role="status" data-testid="prediction-saved">
        {!signedIn ? "Sign in to keep your predictions." : null}
        {signedIn && outcome.saved === "saving" ? "Saving your prediction…" : null}
        {signedIn && outcome.saved === "failed" ? "Your prediction could not be saved." : null}
        {signedIn && outcome.saved === "saved" && outcome.history
          ? `Saved. You have predicted this preset ${outcome.history.total} time${outcome.history.total === 1 ? "" : "s"}, ${outcome.history.correct} right.`
          : null}
      </p>
      {explanation ? (
        <div className="mt-4 space-y-2 text-sm">
          <p>
            <span className="font-semibold">You might think… </span>
            <InlineText text={explanation.pair.wrong} />
          </p>
          <p>
            <span className="font-semibold">Actually… </span>
            <InlineText text={explanation.pair.right} />
          </p>
          <p>
            <span className="font-semibold">Because… </span>
            <InlineText text={explanation.pair.why} />
          </p>
          <p>
            From the card{" "}
            <Link href={`/learn/${explanation.card.id}`} className="text-sky-800 underline dark:text-sky-300">
              {explanation.card.title}
            </Link>
            .
          </p>
          <div className="max-w-xs">
            <AddToReviewsButton
              cardId={explanation.card.id}
              label="Add this card to my reviews"
              callbackUrl={`/sandbox?scenario=${presetId}`}
            />
          </div>
        </div>
      ) : null}
    </section>
  );
}
