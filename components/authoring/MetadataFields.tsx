"use client";

import { useState } from "react";
import { DOMAIN_NAMES, DOMAINS } from "@/lib/content/schema";
import { inputBase } from "@/components/ui/styles";
import type { EditorDraft } from "./editor-state";
import { Field } from "./Field";

const list = (text: string, split: RegExp) =>
  text
    .split(split)
    .map((s) => s.trim())
    .filter(Boolean);

/** Domain, topic, category, linked card, tags and references. */
export function MetadataFields({
  draft,
  onChange,
  problems,
  cards,
}: {
  draft: EditorDraft;
  onChange: (d: EditorDraft) => void;
  problems: Map<string, string[]>;
  cards: { id: string; title: string }[];
}) {
  // The raw text is kept while typing ("a, " must stay "a, " until the next tag is typed).
  const [tagsText, setTagsText] = useState(draft.tags.join(", "));
  const [refsText, setRefsText] = useState(draft.references.join("\n"));
  const refProblems = [...problems].filter(([p]) => p.startsWith("references")).flatMap(([, m]) => m);
  const tagProblems = [...problems].filter(([p]) => p.startsWith("tags")).flatMap(([, m]) => m);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <label htmlFor="q-domain" className="mb-1 block text-sm font-medium">
          SAP-C02 domain
        </label>
        <select
          id="q-domain"
          className={inputBase}
          value={draft.domain ?? ""}
          onChange={(e) => onChange({ ...draft, domain: e.target.value || null })}
        >
          <option value="">(none)</option>
          {DOMAINS.map((d) => (
            <option key={d} value={d}>
              {d}: {DOMAIN_NAMES[d]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="q-card" className="mb-1 block text-sm font-medium">
          Linked concept card
        </label>
        <select
          id="q-card"
          className={inputBase}
          value={draft.cardId ?? ""}
          onChange={(e) => onChange({ ...draft, cardId: e.target.value || null })}
          aria-describedby={problems.get("cardId") ? "q-card-problems" : undefined}
        >
          <option value="">(none)</option>
          {cards.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
        {problems.get("cardId") ? (
          <p id="q-card-problems" className="mt-1 text-sm text-red-700 dark:text-red-400">
            {problems.get("cardId")!.join("; ")}
          </p>
        ) : null}
      </div>
      <Field
        id="q-topic"
        label="Topic"
        value={draft.topic ?? ""}
        onChange={(topic) => onChange({ ...draft, topic: topic || null })}
      />
      <Field
        id="q-category"
        label="Category"
        value={draft.category ?? ""}
        onChange={(category) => onChange({ ...draft, category: category || null })}
      />
      <Field
        id="q-tags"
        label="Tags"
        hint="Separated by commas."
        value={tagsText}
        onChange={(t) => {
          setTagsText(t);
          onChange({ ...draft, tags: list(t, /,/) });
        }}
        problems={tagProblems}
      />
      <Field
        id="q-references"
        label="References"
        hint="https links, one per line."
        rows={2}
        value={refsText}
        onChange={(r) => {
          setRefsText(r);
          onChange({ ...draft, references: list(r, /\n/) });
        }}
        problems={refProblems}
      />
    </div>
  );
}
