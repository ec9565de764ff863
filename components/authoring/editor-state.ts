import { normalizeQuestion, normalizeWeights, type DraftOption, type DraftQuestion } from "@/lib/banks/question";
import { questionProblems, type Problem } from "@/lib/banks/rules";

/** What the editor edits: a question without its external id (imports own that). */
export type EditorDraft = Omit<DraftQuestion, "externalId">;

export const emptyOption = (): DraftOption => ({
  text: "",
  correct: false,
  weight: 0,
  feedback: "",
  misconception: null,
});

/** Marks an option right or wrong; a single response keeps exactly one key. */
export function setCorrect(d: EditorDraft, index: number, correct: boolean): EditorDraft {
  const options = d.options.map((o, i) =>
    d.type === "single"
      ? { ...o, correct: i === index ? correct : correct ? false : o.correct }
      : i === index
        ? { ...o, correct }
        : o,
  );
  return { ...d, options };
}

export function moveOption(d: EditorDraft, from: number, to: number): EditorDraft {
  const options = [...d.options];
  const [o] = options.splice(from, 1);
  options.splice(to, 0, o!);
  return { ...d, options };
}

/** The body the API takes, weights made to agree with the correct flags. */
export function toInput(d: EditorDraft) {
  const { externalId: _id, ...q } = normalizeWeights(normalizeQuestion({ ...d, externalId: null }));
  return q;
}

/** The format rules checked as the author types (the server checks them again on save). */
export function liveProblems(d: EditorDraft): Problem[] {
  return questionProblems(normalizeWeights(normalizeQuestion({ ...d, externalId: null })));
}

/** Problems grouped by the field they are about ("options[1].text" → that option's text box). */
export function byPath(problems: Problem[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of problems) map.set(p.path, [...(map.get(p.path) ?? []), p.message]);
  return map;
}
