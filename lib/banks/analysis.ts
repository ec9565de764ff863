/**
 * Classical item analysis. Each response belongs to a respondent (an exam attempt, or one
 * learner's practice on the bank) whose score is the share of their answers that were right.
 * - facility: the share of responses that were right;
 * - discrimination: the point-biserial correlation between being right on this item and the
 *   respondent's score, r = (M1 − M0) / s · √(p·q), with M1/M0 the mean scores of those right/wrong,
 *   s the population standard deviation of all their scores, p the facility and q = 1 − p;
 * - choices: how often each option was chosen.
 * A question is flagged when it discriminates negatively, or a distractor is chosen more often
 * than a key option, once it has at least `minResponses` responses.
 */
export type ItemResponse = { respondent: string; selected: string[]; correct: boolean };
export type ItemKey = { id: string; options: { id: string; correct: boolean }[] };

export type ItemStats = {
  id: string;
  responses: number;
  facility: number | null;
  discrimination: number | null;
  choices: { optionId: string; correct: boolean; chosen: number; share: number }[];
  flags: string[];
};

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The point-biserial correlation; null when it is undefined (everyone right, wrong, or scoring alike). */
export function pointBiserial(pairs: { correct: boolean; score: number }[]): number | null {
  if (pairs.length < 2) return null;
  const right = pairs.filter((x) => x.correct).map((x) => x.score);
  const wrong = pairs.filter((x) => !x.correct).map((x) => x.score);
  if (right.length === 0 || wrong.length === 0) return null;
  const scores = pairs.map((x) => x.score);
  const m = mean(scores);
  const sd = Math.sqrt(mean(scores.map((s) => (s - m) ** 2)));
  if (sd === 0) return null;
  const p = right.length / pairs.length;
  return ((mean(right) - mean(wrong)) / sd) * Math.sqrt(p * (1 - p));
}

const LETTERS = "ABCDEFGHIJ";

export function analyseItem(
  key: ItemKey,
  responses: ItemResponse[],
  scores: Map<string, number>,
  minResponses = 5,
): ItemStats {
  const n = responses.length;
  const choices = key.options.map((o) => {
    const chosen = responses.filter((r) => r.selected.includes(o.id)).length;
    return { optionId: o.id, correct: o.correct, chosen, share: n ? chosen / n : 0 };
  });
  const pairs = responses.flatMap((r) => {
    const score = scores.get(r.respondent);
    return score === undefined ? [] : [{ correct: r.correct, score }];
  });
  const discrimination = pointBiserial(pairs);
  const flags: string[] = [];
  if (n >= minResponses) {
    if (discrimination !== null && discrimination < 0)
      flags.push("negative discrimination: stronger candidates get it wrong more often than weaker ones");
    const keyMin = Math.min(...choices.filter((c) => c.correct).map((c) => c.chosen));
    choices.forEach((c, i) => {
      if (!c.correct && c.chosen > keyMin)
        flags.push(`distractor ${LETTERS[i] ?? i + 1} is chosen more often than the key`);
    });
  }
  return {
    id: key.id,
    responses: n,
    facility: n ? responses.filter((r) => r.correct).length / n : null,
    discrimination,
    choices,
    flags,
  };
}

/** Each respondent's score: the share of their responses (across the analysed items) that were right. */
export function respondentScores(responses: ItemResponse[]): Map<string, number> {
  const tally = new Map<string, { right: number; total: number }>();
  for (const r of responses) {
    const t = tally.get(r.respondent) ?? { right: 0, total: 0 };
    t.total++;
    if (r.correct) t.right++;
    tally.set(r.respondent, t);
  }
  return new Map([...tally].map(([k, t]) => [k, t.right / t.total]));
}
