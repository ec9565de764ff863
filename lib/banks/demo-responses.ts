import { Prng } from "@/lib/random/prng";

/**
 * Simulated exam answers for demo data, from a two-parameter item response model: a learner of
 * ability θ answers an item of difficulty b and discrimination a correctly with probability
 * 1 / (1 + e^(−a(θ − b))). Two items are deliberately flawed so item analysis has something to
 * flag: one discriminates negatively, and one has a distractor that most wrong answers pick
 * (chosen more often than the key).
 */
export type DemoItem = { id: string; options: { id: string; correct: boolean }[] };
export type DemoResponse = { questionId: string; selected: string[]; correct: boolean; flagged: boolean };
export type DemoAttempt = { learner: number; responses: DemoResponse[] };

function normal(rng: Prng): number {
  const u = Math.max(rng.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

/** Which demo item is flawed in which way (by position, so the flags land on known questions). */
export const FLAWED = { negative: 4, attractiveDistractor: 9 } as const;

export function simulateAttempts(
  items: DemoItem[],
  learners: number,
  attemptsPerLearner: number,
  seed: number,
): DemoAttempt[] {
  const rng = new Prng(seed, 1);
  // Wrong multiple answers leave out the item's keys in turn, so no key of a sound item is chosen
  // by every candidate (that would read as "everyone knows this key" in the analysis).
  const wrongSoFar = items.map(() => 0);
  const params = items.map((_, i) => ({
    a: i === FLAWED.negative ? -1.2 : 0.8 + rng.next() * 1.4,
    // Sound items run from easy to middling, so no distractor outdraws the key by chance alone
    // (with the 162-question seed bank, harder items did, and every one was flagged).
    b: i === FLAWED.attractiveDistractor ? 1.3 : -1.5 + rng.next() * 1.5,
  }));
  const attempts: DemoAttempt[] = [];
  for (let learner = 0; learner < learners; learner++) {
    const theta = normal(rng);
    for (let k = 0; k < attemptsPerLearner; k++) {
      const ability = theta + k * 0.25; // a second attempt after more study
      const responses = items.map((item, i) => {
        const { a, b } = params[i]!;
        const correct = rng.next() < 1 / (1 + Math.exp(-a * (ability - b)));
        return {
          questionId: item.id,
          selected: choose(item, correct, i === FLAWED.attractiveDistractor, rng, correct ? 0 : wrongSoFar[i]!++),
          correct,
          flagged: rng.next() < 0.08,
        };
      });
      attempts.push({ learner, responses });
    }
  }
  return attempts;
}

/**
 * The options a learner picks: the key when right; otherwise one distractor in place of one key
 * option (the keys in turn, `turn` being the item's count of wrong answers so far; on the flawed item
 * always the last key, the one its distractor is mistaken for).
 */
function choose(item: DemoItem, correct: boolean, attractive: boolean, rng: Prng, turn: number): string[] {
  const key = item.options.filter((o) => o.correct).map((o) => o.id);
  if (correct) return key;
  const wrong = item.options.filter((o) => !o.correct).map((o) => o.id);
  // Wrong answers to the flawed item mostly go to its first distractor; others spread evenly.
  const pick =
    attractive && rng.next() < 0.85
      ? wrong[0]!
      : wrong[Math.min(wrong.length - 1, Math.floor(rng.next() * wrong.length))]!;
  if (key.length === 1) return [pick];
  const dropped = attractive ? key.length - 1 : turn % key.length;
  return [...key.filter((_, i) => i !== dropped), pick].sort();
}
