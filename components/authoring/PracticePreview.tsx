"use client";

import { useMemo, useState } from "react";
import { ItemCard } from "@/components/review/ItemCard";
import type { AnswerResult } from "@/components/review/api";
import { isCorrect, present, type StoredItem } from "@/lib/srs/present";
import type { EditorDraft } from "./editor-state";

/**
 * The question exactly as a learner meets it in practice: the review page's own ItemCard, with
 * the options shuffled as present() shuffles them, graded here instead of by the server.
 */
export function PracticePreview({ draft, bankTitle }: { draft: EditorDraft; bankTitle: string }) {
  const [selected, setSelected] = useState<string[]>([]);
  const [result, setResult] = useState<AnswerResult | null>(null);
  const { view, key } = useMemo(() => {
    const item: StoredItem = {
      id: "preview",
      kind: "QUESTION",
      question: {
        id: "preview",
        type: draft.type === "single" ? "SINGLE" : "MULTIPLE",
        stem: draft.stem || "(the stem)",
        explanation: draft.explanation,
        cardId: draft.cardId,
        bankTitle,
        options: draft.options.map((o, i) => ({
          id: `o${i}`,
          text: o.text || "(empty option)",
          correct: o.correct,
          feedback: o.feedback,
        })),
      },
    };
    return present(item, "preview");
  }, [draft, bankTitle]);

  const toggle = (id: string) =>
    setSelected((s) => (view.select === 1 ? [id] : s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const check = () =>
    setResult({
      correct: isCorrect(key, selected),
      answer: [...selected].sort(),
      repeated: false,
      key,
      allowed: [],
      intervals: { again: "", hard: "", good: "", easy: "" },
      token: "",
    });

  return (
    <div className="grid gap-2">
      <ItemCard
        item={view}
        selected={selected}
        result={result}
        phase={result ? "answered" : "question"}
        onToggle={toggle}
        onCheck={check}
      />
      {result ? (
        <button
          type="button"
          className="justify-self-start text-sm underline"
          onClick={() => {
            setResult(null);
            setSelected([]);
          }}
        >
          Try the preview again
        </button>
      ) : null}
    </div>
  );
}
