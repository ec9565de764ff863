import { describe, expect, it } from "vitest";
import { isCorrect, present, presentationSeed, type StoredItem } from "./present";
import { formatInterval } from "./scheduler";

const choice: StoredItem = {
  id: "timeout#0:choice",
  kind: "MISCONCEPTION_CHOICE",
  prompt: { kind: "choice", cardId: "timeout", cardTitle: "Timeout", question: "Which statement is true?" },
  answer: { kind: "choice", right: "RIGHT statement", wrong: "WRONG statement", why: "Because of the mechanism." },
};
const tf: StoredItem = {
  id: "timeout#0:tf",
  kind: "MISCONCEPTION_TF",
  prompt: { kind: "truefalse", cardId: "timeout", cardTitle: "Timeout", statement: "WRONG statement" },
  answer: { kind: "truefalse", correct: false, right: "RIGHT statement", why: "Because." },
};
const multi: StoredItem = {
  id: "q:1",
  kind: "QUESTION",
  question: {
    id: "1",
    type: "MULTIPLE",
    stem: "Pick two. (Select TWO.)",
    explanation: "Explained.",
    cardId: null,
    bankTitle: "Bank",
    options: ["a", "b", "c", "d", "e"].map((id) => ({
      id,
      text: `opt ${id}`,
      correct: id === "b" || id === "d",
      feedback: `fb ${id}`,
    })),
  },
};

describe("present", () => {
  it("sends no key and no feedback before the answer", () => {
    for (const item of [choice, tf, multi]) {
      const { view } = present(item, "seed");
      const json = JSON.stringify(view);
      expect(json).not.toMatch(/correct|why|Because|fb [a-e]|Explained/);
    }
  });

  it("shuffles the two statements per review, reproducibly", () => {
    const orders = new Set<string>();
    for (let reps = 0; reps < 20; reps++) {
      const seed = presentationSeed("u1", choice.id, reps, 0);
      const a = present(choice, seed);
      expect(present(choice, seed)).toEqual(a);
      orders.add(a.view.options.map((o) => o.text).join("|"));
      const rightId = a.view.options.find((o) => o.text === "RIGHT statement")!.id;
      expect(a.key.correctIds).toEqual([rightId]);
    }
    expect(orders.size).toBe(2);
  });

  it("keys a true/false misconception item as false", () => {
    const { view, key } = present(tf, "s");
    expect(view.statement).toBe("WRONG statement");
    expect(key.correctIds).toEqual(["false"]);
  });

  it("asks for as many options as a multiple-response question has right answers", () => {
    const { view, key } = present(multi, "s");
    expect(view.select).toBe(2);
    expect(key.correctIds.sort()).toEqual(["b", "d"]);
    expect(key.optionFeedback.b).toBe("fb b");
  });
});

describe("isCorrect", () => {
  const key = { correctIds: ["b", "d"], right: null, why: "", optionFeedback: {} };
  it("accepts only the exact set (no partial credit)", () => {
    expect(isCorrect(key, ["d", "b"])).toBe(true);
    expect(isCorrect(key, ["b"])).toBe(false);
    expect(isCorrect(key, ["b", "d", "e"])).toBe(false);
    expect(isCorrect(key, ["a", "c"])).toBe(false);
  });
});

describe("formatInterval", () => {
  it("labels intervals like Anki's buttons", () => {
    expect(formatInterval(30_000)).toBe("1m");
    expect(formatInterval(10 * 60_000)).toBe("10m");
    expect(formatInterval(3 * 3600_000)).toBe("3h");
    expect(formatInterval(2 * 86_400_000)).toBe("2d");
    expect(formatInterval(46 * 86_400_000)).toBe("1.5mo");
    expect(formatInterval(498 * 86_400_000)).toBe("1.4y");
  });
});
