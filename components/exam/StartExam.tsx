"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { buttonPrimary, inputBase, panel } from "@/components/ui/styles";
import { selectBase } from "./styles";
import { DOMAIN_NAMES, DOMAINS } from "@/lib/content/schema";
import type { SectionChoices } from "@/lib/server/exams/pool";
import type { StartExamInput } from "@/lib/validations/exams";
import { startExam } from "./api";

type Props = { choices: SectionChoices; missed: number; live: number };

function ModeCard(p: {
  id: string;
  title: string;
  lead: ReactNode;
  action: string;
  busy: boolean;
  disabled?: boolean;
  onStart: (form: FormData) => void;
  children?: ReactNode;
}) {
  return (
    <form
      className={panel}
      aria-labelledby={`${p.id}-title`}
      onSubmit={(e: FormEvent<HTMLFormElement>) => {
        e.preventDefault();
        p.onStart(new FormData(e.currentTarget));
      }}
    >
      <h2 id={`${p.id}-title`} className="text-lg font-semibold">
        {p.title}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{p.lead}</p>
      <div className="mt-3 space-y-3">{p.children}</div>
      <button type="submit" className={`${buttonPrimary} mt-4`} disabled={p.busy || p.disabled}>
        {p.action}
      </button>
    </form>
  );
}

function CountSelect({ id, options, initial }: { id: string; options: number[]; initial: number }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        Questions
      </label>
      <select id={id} name="count" className={selectBase} defaultValue={initial}>
        {options.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The four ways to start: timed mock, practice, one section, missed questions. */
export function StartExam({ choices, missed, live }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(input: StartExamInput) {
    setBusy(true);
    setError(null);
    try {
      const { id } = await startExam(input);
      router.push(`/exams/${id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not start the exam");
      setBusy(false);
    }
  }
  const count = (f: FormData) => Number(f.get("count"));

  return (
    <div>
      <FormAlert message={error} />
      <div className="grid gap-4 md:grid-cols-2">
        <ModeCard
          id="timed"
          title="Timed mock"
          lead={
            <>
              The real format: 75 questions in 180 minutes (65 scored, 10 unscored you cannot tell apart), pass at 750.
              No answers or explanations until you submit.{" "}
              {live < 75 ? `The bank has ${live} live questions, so a mock holds at most ${live}.` : null}
            </>
          }
          action="Start timed mock"
          busy={busy}
          onStart={(f) => void start({ mode: "TIMED", count: count(f) })}
        >
          <div>
            <label htmlFor="timed-count" className="mb-1 block text-sm font-medium">
              Length
            </label>
            <select id="timed-count" name="count" className={selectBase} defaultValue={75}>
              <option value={75}>Full exam: 75 questions, 180 minutes</option>
              <option value={20}>Short mock: 20 questions, 48 minutes</option>
            </select>
          </div>
        </ModeCard>
        <ModeCard
          id="practice"
          title="Practice"
          lead="Untimed, drawn to the exam's domain weights; the answer and explanation after each question."
          action="Start practice"
          busy={busy}
          onStart={(f) => void start({ mode: "PRACTICE", count: count(f) })}
        >
          <CountSelect id="practice-count" options={[10, 20, 40, 75]} initial={20} />
        </ModeCard>
        <ModeCard
          id="section"
          title="Section"
          lead="One domain or one topic, untimed, with explanations after each question."
          action="Start section"
          busy={busy}
          onStart={(f) => {
            const [kind, value] = String(f.get("scope")).split(":");
            void start(
              kind === "domain"
                ? { mode: "SECTION", count: count(f), domain: value as (typeof DOMAINS)[number] }
                : { mode: "SECTION", count: count(f), topic: value ?? "" },
            );
          }}
        >
          <div>
            <label htmlFor="section-scope" className="mb-1 block text-sm font-medium">
              Domain or topic
            </label>
            <select id="section-scope" name="scope" className={inputBase} defaultValue="domain:D2">
              <optgroup label="Domains">
                {DOMAINS.map((d) => (
                  <option key={d} value={`domain:${d}`} disabled={choices.domains[d] === 0}>
                    {d} {DOMAIN_NAMES[d]} ({choices.domains[d]})
                  </option>
                ))}
              </optgroup>
              {choices.topics.length > 0 ? (
                <optgroup label="Topics">
                  {choices.topics.map((t) => (
                    <option key={t.topic} value={`topic:${t.topic}`}>
                      {t.topic} ({t.count})
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          </div>
          <CountSelect id="section-count" options={[10, 15, 25]} initial={15} />
        </ModeCard>
        <ModeCard
          id="missed"
          title="Missed questions"
          lead={
            missed > 0
              ? `${missed} question${missed === 1 ? "" : "s"} you got wrong (or skipped) the last time you answered ${missed === 1 ? "it" : "them"}, with explanations after each.`
              : "Questions you got wrong the last time you answered them. None yet: take a mock or a practice first."
          }
          action="Practise missed questions"
          busy={busy}
          disabled={missed === 0}
          onStart={() => void start({ mode: "MISSED", count: 75 })}
        />
      </div>
    </div>
  );
}
