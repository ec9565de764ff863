import { diffWords } from "diff";
import type { DraftQuestion } from "./question";

/** One changed field between two versions, with a word diff for text. */
export type FieldChange = {
  field: string;
  before: string;
  after: string;
  parts: { value: string; added: boolean; removed: boolean }[];
};

const show = (v: unknown): string =>
  v === null || v === undefined
    ? ""
    : Array.isArray(v)
      ? v.join(", ")
      : typeof v === "boolean"
        ? v
          ? "correct"
          : "wrong"
        : String(v);

function fields(q: DraftQuestion): [string, string][] {
  const list: [string, string][] = [
    ["Title", show(q.title)],
    ["Type", q.type === "single" ? "single response" : "multiple response"],
    ["Stem", q.stem],
  ];
  const letters = "ABCDEFGHIJ";
  q.options.forEach((o, i) => {
    const name = `Option ${letters[i] ?? i + 1}`;
    list.push([`${name}`, o.text], [`${name} key`, show(o.correct)], [`${name} feedback`, o.feedback]);
    list.push([`${name} misconception`, show(o.misconception)]);
  });
  list.push(
    ["Explanation", q.explanation],
    ["Domain", show(q.domain)],
    ["Topic", show(q.topic)],
    ["Category", show(q.category)],
    ["Concept card", show(q.cardId)],
    ["Tags", show(q.tags)],
    ["References", show(q.references)],
  );
  return list;
}

/** What changed from one version to another, field by field (options compared by position). */
export function compareQuestions(before: DraftQuestion, after: DraftQuestion): FieldChange[] {
  const a = new Map(fields(before));
  const b = new Map(fields(after));
  const names = [...new Set([...a.keys(), ...b.keys()])];
  return names.flatMap((field) => {
    const x = a.get(field) ?? "";
    const y = b.get(field) ?? "";
    if (x === y) return [];
    const parts = diffWords(x, y).map((p) => ({ value: p.value, added: p.added, removed: p.removed }));
    return [{ field, before: x, after: y, parts }];
  });
}
