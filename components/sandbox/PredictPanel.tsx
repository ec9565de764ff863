"use client";

import { useId } from "react";
import { buttonPrimary, inputBase, panel } from "@/components/ui/styles";
import { useSandbox } from "./SandboxStoreProvider";

/** The preset's question, answered before Run unlocks (a number or a choice). */
export function PredictPanel() {
  const question = useSandbox((s) => s.preset?.question ?? null);
  const modified = useSandbox((s) => s.modified);
  const answer = useSandbox((s) => s.answer);
  const locked = useSandbox((s) => s.locked);
  const setAnswer = useSandbox((s) => s.setAnswer);
  const submit = useSandbox((s) => s.submitAnswer);
  const id = useId();
  if (!question) return null;
  if (modified && !locked) {
    return (
      <p className={`${panel} text-sm`}>
        This preset asks a question about its own settings; you changed the scenario, so it is set aside. Reset to the
        preset to answer it.
      </p>
    );
  }
  return (
    <section className={`${panel} border-sky-300 dark:border-sky-800`} aria-labelledby={`${id}-q`}>
      <h2 id={`${id}-q`} className="text-lg font-semibold">
        Predict, then run
      </h2>
      <form
        className="mt-2"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <fieldset disabled={locked}>
          <legend className="mb-2">{question.question}</legend>
          {question.type === "number" ? (
            <div className="flex items-end gap-2">
              <div>
                <label htmlFor={`${id}-n`} className="mb-1 block text-sm font-medium">
                  Your answer{question.unit ? ` (${question.unit})` : ""}
                </label>
                <input
                  id={`${id}-n`}
                  type="number"
                  inputMode="decimal"
                  className={`${inputBase} w-40`}
                  value={answer?.type === "number" ? answer.value : ""}
                  onChange={(e) =>
                    setAnswer(e.target.value === "" ? null : { type: "number", value: Number(e.target.value) })
                  }
                />
              </div>
            </div>
          ) : (
            <div className="space-y-1">
              {question.choices?.map((c, i) => (
                <label key={c.label} className="flex items-start gap-2">
                  <input
                    type="radio"
                    name={`${id}-choice`}
                    className="mt-1"
                    checked={answer?.type === "choice" && answer.index === i}
                    onChange={() => setAnswer({ type: "choice", index: i })}
                  />
                  <span>{c.label}</span>
                </label>
              ))}
            </div>
          )}
          <button type="submit" className={`${buttonPrimary} mt-3`} disabled={!answer || locked}>
            {locked ? "Answer locked in" : "Lock in my answer"}
          </button>
        </fieldset>
      </form>
      {locked ? <p className="mt-2 text-sm">Now run the scenario and see what the engine says.</p> : null}
    </section>
  );
}
