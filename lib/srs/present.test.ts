import { describe, expect, it } from "vitest";
import { isCorrect, present, presentationSeed, type StoredItem } from "./present";
import { formatInterval } from "./scheduler";

const choice: StoredItem = {
  id: "timeout#hard-limit:choice",
  kind: "MISCONCEPTION_CHOICE",
  prompt: { kind: "choice", cardId: "timeout", cardTitle: "Timeout", question: "Which statement is true?" },
  answer: {
    kind: "choice",
    right: "RIGHT statement",
    wrong: "WRONG statement",
    distractors: ["OTHER wrong one", "THIRD wrong one"],
    why: "Because of the mechanism.",
  },
};
const twoOptions: StoredItem = {
  ...choice,
  answer: { kind: "choice", right: "RIGHT statement", wrong: "WRONG statement", distractors: [], why: "Because." },
};
const tf: StoredItem = {
  id: "timeout#hard-limit:tf",
  kind: "MISCONCEPTION_TF",
  prompt: { kind: "truefalse", cardId: "timeout", cardTitle: "Timeout" },
  answer: { kind: "truefalse", right: "RIGHT statement", wrong: "WRONG statement", why: "Because." },
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
  it("sends no key, no feedback and no unshown statement before the answer", () => {
    const items: StoredItem[] = [choice, tf, multi];
    for (let reps = 0; reps < 8; reps++) {
      for (const item of items) {
        const { view } = present(item, presentationSeed("u1", item.id, reps, 0));
        const json = JSON.stringify(view);
        expect(json).not.toMatch(/correct|why|Because|fb [a-e]|Explained|mistake/);
        // A true/false view carries the one statement it asks about, never the other one.
        if (item === tf) expect(json.match(/RIGHT statement|WRONG statement/g)).toHaveLength(1);
      }
    }
  });

  it("offers the right, the wrong and the distractor statements, shuffled per review, reproducibly", () => {
    const orders = new Set<string>();
    const rightAt = new Set<string>();
    for (let reps = 0; reps < 40; reps++) {
      const seed = presentationSeed("u1", choice.id, reps, 0);
      const a = present(choice, seed);
      expect(present(choice, seed)).toEqual(a);
      expect(a.view.options.map((o) => o.text).sort()).toEqual(
        ["OTHER wrong one", "RIGHT statement", "THIRD wrong one", "WRONG statement"].sort(),
      );
      orders.add(a.view.options.map((o) => o.text).join("|"));
      const rightId = a.view.options.find((o) => o.text === "RIGHT statement")!.id;
      rightAt.add(rightId);
      expect(a.key.correctIds).toEqual([rightId]);
    }
    expect(orders.size).toBeGreaterThan(10);
    expect([...rightAt].sort()).toEqual(["A", "B", "C", "D"]);
  });

  it("still asks with two options when a pair has no distractors", () => {
    const { view } = present(twoOptions, "s");
    expect(view.options.map((o) => o.id)).toEqual(["A", "B"]);
  });

  it("shows the right or the wrong statement of a true/false item by the seed, and keys it accordingly", () => {
    let shownRight = 0;
    for (let reps = 0; reps < 200; reps++) {
      const seed = presentationSeed("u1", tf.id, reps, 0);
      const { view, key } = present(tf, seed);
      expect(present(tf, seed).view.statement).toBe(view.statement);
      if (view.statement === "RIGHT statement") {
        shownRight++;
        expect(key).toMatchObject({ correctIds: ["true"], right: null, mistake: "WRONG statement" });
        expect(isCorrect(key, ["true"])).toBe(true);
      } else {
        expect(view.statement).toBe("WRONG statement");
        expect(key).toMatchObject({ correctIds: ["false"], right: "RIGHT statement", mistake: null });
        expect(isCorrect(key, ["true"])).toBe(false);
      }
    }
    // A fair coin: 200 flips land within 70..130 except with probability below one in a million.
    expect(shownRight).toBeGreaterThan(70);
    expect(shownRight).toBeLessThan(130);
  });

  it("asks for as many options as a multiple-response question has right answers", () => {
    const { view, key } = present(multi, "s");
    expect(view.select).toBe(2);
    expect(key.correctIds.sort()).toEqual(["b", "d"]);
    expect(key.optionFeedback.b).toBe("fb b");
  });
});

describe("isCorrect", () => {
  const key = { correctIds: ["b", "d"], right: null, mistake: null, why: "", optionFeedback: {} };
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
