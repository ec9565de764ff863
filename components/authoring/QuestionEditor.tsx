"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { buttonPrimary, muted, panel } from "@/components/ui/styles";
import { bankUrl, questionUrl, send, type Issue } from "./api";
import { byPath, liveProblems, toInput, type EditorDraft } from "./editor-state";
import { Field } from "./Field";
import { MetadataFields } from "./MetadataFields";
import { OptionsEditor } from "./OptionsEditor";
import { QuestionPreview } from "./QuestionPreview";

type Props = {
  bankId: string;
  bankTitle: string;
  lineageId: string | null;
  version: number | null;
  initial: EditorDraft;
  cards: { id: string; title: string }[];
  misconceptions: string[];
  /** A message to show on arrival (after a new question was created). */
  notice?: string | null;
};

const OUTCOME = {
  created: "Question created.",
  edited: "Saved.",
  versioned: "Saved as a new version.",
  unchanged: "Nothing changed.",
};

/** The question editor: Markdown fields, options, metadata, the format rules as you type, a live preview. */
export function QuestionEditor({
  bankId,
  bankTitle,
  lineageId,
  version,
  initial,
  cards,
  misconceptions,
  notice = null,
}: Props) {
  const router = useRouter();
  const [draft, setDraft] = useState<EditorDraft>(initial);
  const [touched, setTouched] = useState(false);
  const [serverIssues, setServerIssues] = useState<Issue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(notice);
  const [busy, setBusy] = useState(false);
  const problems = useMemo(() => liveProblems(draft), [draft]);
  const shown = byPath(
    touched ? [...problems, ...serverIssues.filter((i) => !problems.some((p) => p.path === i.path))] : serverIssues,
  );
  const change = (d: EditorDraft) => {
    setDraft(d);
    setTouched(true);
    setStatus(null);
  };

  async function save() {
    setTouched(true);
    if (problems.length) return setError("The question is not valid yet: see the problems listed next to each field.");
    setBusy(true);
    const reply = lineageId
      ? await send<{ outcome: keyof typeof OUTCOME }>("PUT", questionUrl(bankId, lineageId), toInput(draft))
      : await send<{ outcome: keyof typeof OUTCOME; lineageId: string }>(
          "POST",
          `${bankUrl(bankId)}/questions`,
          toInput(draft),
        );
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      return setServerIssues(reply.issues);
    }
    setError(null);
    setServerIssues([]);
    setStatus(OUTCOME[reply.body.outcome]);
    if (!lineageId && "lineageId" in reply.body)
      router.push(`/author/banks/${bankId}/questions/${reply.body.lineageId}?saved=1`);
    else router.refresh();
  }

  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <form
        className={`${panel} grid content-start gap-5`}
        aria-label="Question"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <FormAlert message={error} />
        {touched && problems.length ? (
          <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
            <p className="font-semibold">To fix before saving:</p>
            <ul className="mt-1 list-disc pl-5" aria-label="Problems">
              {problems.map((p) => (
                <li key={`${p.path}${p.message}`}>{p.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <fieldset className="flex flex-wrap gap-4">
          <legend className="mb-1 text-sm font-medium">Response type</legend>
          {(["single", "multiple"] as const).map((t) => (
            <label key={t} className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="type"
                checked={draft.type === t}
                onChange={() => change({ ...draft, type: t })}
              />
              {t === "single"
                ? "Single response (one key, at least 4 options)"
                : "Multiple response (2+ keys, at least 5 options)"}
            </label>
          ))}
        </fieldset>
        <Field
          id="q-title"
          label="Title (optional)"
          value={draft.title ?? ""}
          onChange={(title) => change({ ...draft, title: title || null })}
        />
        <Field
          id="q-stem"
          label="Stem"
          rows={6}
          hint={`Markdown. ${draft.type === "multiple" ? 'Say how many to choose, e.g. end with "(Select TWO.)".' : ""}`}
          value={draft.stem}
          onChange={(stem) => change({ ...draft, stem })}
          problems={shown.get("stem")}
        />
        <OptionsEditor draft={draft} onChange={change} problems={shown} misconceptions={misconceptions} />
        <Field
          id="q-explanation"
          label="Explanation (shown after answering)"
          rows={4}
          value={draft.explanation}
          onChange={(explanation) => change({ ...draft, explanation })}
        />
        <MetadataFields draft={draft} onChange={change} problems={shown} cards={cards} />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonPrimary} disabled={busy}>
            {busy ? "Saving…" : lineageId ? "Save question" : "Create question"}
          </button>
          <Link href={`/author/banks/${bankId}`} className="text-sm underline">
            Back to the bank
          </Link>
          {lineageId ? (
            <Link href={`/author/banks/${bankId}/questions/${lineageId}/history`} className="text-sm underline">
              History{version ? ` (version ${version})` : ""}
            </Link>
          ) : null}
          <p role="status" className={`text-sm ${muted}`}>
            {status}
          </p>
        </div>
      </form>
      <div className="xl:sticky xl:top-4 xl:self-start">
        <QuestionPreview draft={draft} bankTitle={bankTitle} />
      </div>
    </div>
  );
}
