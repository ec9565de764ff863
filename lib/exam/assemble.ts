import { DOMAINS, type Domain } from "@/lib/content/schema";
import { hashString, mixSeed, Prng, shuffled } from "@/lib/random/prng";
import type { Blueprint } from "./blueprint";

/** A live question the assembler may draw (its domain; null when the bank gives none). */
export type PoolQuestion = { id: string; domain: Domain | null };
/** One drawn question, in exam order. */
export type Draw = { questionId: string; scored: boolean };

type Bucket = Domain | "none";
const BUCKETS: readonly Bucket[] = [...DOMAINS, "none"];

/** Largest-remainder (Hamilton) apportionment of `n` seats to `weights`; ties go to the earlier key. */
function apportion<K>(n: number, weights: ReadonlyArray<readonly [K, number]>): Map<K, number> {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  const out = new Map<K, number>(weights.map(([k]) => [k, 0]));
  if (n <= 0 || total <= 0) return out;
  const shares = weights.map(([k, w], i) => ({ k, i, exact: (n * w) / total }));
  let given = 0;
  for (const s of shares) {
    const whole = Math.floor(s.exact);
    out.set(s.k, whole);
    given += whole;
  }
  const byRemainder = [...shares].sort(
    (a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.i - b.i,
  );
  for (let j = 0; j < n - given; j++) {
    const s = byRemainder[j % byRemainder.length]!;
    out.set(s.k, (out.get(s.k) ?? 0) + 1);
  }
  return out;
}

/**
 * How many questions to draw from each domain: `count` split by the blueprint's weights; when a
 * domain has too few questions, its shortfall goes to the other weighted domains in proportion
 * to their weights, and only then to unweighted domains and questions without a domain.
 */
export function domainQuotas(count: number, weights: Record<Domain, number>, available: Record<Bucket, number>) {
  const totalAvailable = BUCKETS.reduce((s, b) => s + available[b], 0);
  const n = Math.min(count, totalAvailable);
  const quota = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>;
  const weightOf = (b: Bucket) => (b === "none" ? 0 : weights[b]);
  for (const pass of ["weighted", "rest"] as const) {
    for (;;) {
      const left = n - BUCKETS.reduce((s, b) => s + quota[b], 0);
      const open = BUCKETS.filter((b) => quota[b] < available[b] && (pass === "rest" || weightOf(b) > 0));
      if (left <= 0 || open.length === 0) break;
      const shares = apportion(
        left,
        open.map((b) => [b, pass === "weighted" ? weightOf(b) : 1] as const),
      );
      for (const b of open) quota[b] = Math.min(available[b], quota[b] + (shares.get(b) ?? 0));
    }
  }
  return quota;
}

type Ranked = { id: string; rank: number };
const before = (a: Ranked, b: Ranked) => a.rank < b.rank || (a.rank === b.rank && a.id < b.id);

/**
 * The `k` lowest-ranked items, in rank order: a uniform random sample when ranks
 * are seeded hashes of the ids ("bottom-k" sampling), found in one pass without sorting the pool.
 */
function lowestK(items: readonly Ranked[], k: number): Ranked[] {
  const out: Ranked[] = [];
  if (k <= 0) return out;
  for (const it of items) {
    if (out.length === k && !before(it, out[k - 1]!)) continue;
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(out[mid]!, it)) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, it);
    if (out.length > k) out.pop();
  }
  return out;
}

/**
 * Draws an exam from the pool: quotas per domain (domainQuotas), no question twice, questions in
 * `recent` (what the learner saw lately) only when a domain has nothing fresher, then a seeded
 * order and a seeded choice of the unscored questions. Each question's chance comes from a hash
 * of its id and the seed, so the same pool, blueprint, recent set and seed always give the same
 * exam, whatever order the pool arrives in, and drawing from 10,000 questions needs no sort.
 */
export function assembleExam(
  pool: readonly PoolQuestion[],
  blueprint: Pick<Blueprint, "count" | "unscored" | "weights">,
  seed: number,
  recent: ReadonlySet<string> = new Set(),
): Draw[] {
  const fresh = new Map<Bucket, Ranked[]>(BUCKETS.map((b) => [b, []]));
  const stale = new Map<Bucket, Ranked[]>(BUCKETS.map((b) => [b, []]));
  const seen = new Set<string>();
  for (const q of pool) {
    if (seen.has(q.id)) continue; // a pool listing a question twice must not put it in the exam twice
    seen.add(q.id);
    const item = { id: q.id, rank: mixSeed(hashString(q.id), seed) };
    (recent.has(q.id) ? stale : fresh).get(q.domain ?? "none")!.push(item);
  }
  const available = Object.fromEntries(BUCKETS.map((b) => [b, fresh.get(b)!.length + stale.get(b)!.length])) as Record<
    Bucket,
    number
  >;
  const quota = domainQuotas(blueprint.count, blueprint.weights, available);

  const chosen: string[] = [];
  for (const b of BUCKETS) {
    const first = lowestK(fresh.get(b)!, quota[b]);
    const rest = lowestK(stale.get(b)!, quota[b] - first.length);
    chosen.push(...first.map((r) => r.id), ...rest.map((r) => r.id));
  }

  const ordered = shuffled(chosen, new Prng(seed, 100));
  const unscored = Math.min(ordered.length, Math.round((blueprint.unscored * ordered.length) / blueprint.count));
  const unscoredAt = new Set(
    shuffled(
      ordered.map((_, i) => i),
      new Prng(seed, 101),
    ).slice(0, unscored),
  );
  return ordered.map((questionId, i) => ({ questionId, scored: !unscoredAt.has(i) }));
}
