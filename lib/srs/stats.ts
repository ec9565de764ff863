import type { ReviewSettings } from "@/lib/validations/review-settings";
import type { StateRow } from "./mapper";
import { retrievability } from "./scheduler";

export type StatLog = { reviewedAt: Date; rating: number; state: number };
export type StatState = StateRow & { sections: string[]; domains: string[] };

export type ReviewStats = {
  perDay: { date: string; reviews: number }[];
  retention: { desired: number; actual: number | null; reviews: number };
  forecast: { date: string; due: number }[];
  mastery: { bySection: MasteryRow[]; byDomain: MasteryRow[] };
  streak: number;
  totals: { reviews: number; today: number; items: number; started: number };
};
export type MasteryRow = { key: string; items: number; started: number; meanRecall: number | null };

const DAY = 86_400_000;
const dayKey = (t: number) => new Date(t).toISOString().slice(0, 10);
const dayStart = (d: Date) => Math.floor(d.getTime() / DAY) * DAY;

/**
 * Review statistics over UTC days: reviews per day, true retention (share of Hard/Good/Easy on
 * items that were in Review state) against the desired retention, the due forecast, mastery
 * (mean recall probability) per section and domain, and the current streak.
 */
export function reviewStats(
  logs: StatLog[],
  states: StatState[],
  now: Date,
  settings: ReviewSettings,
  days = 30,
): ReviewStats {
  const today = dayStart(now);
  const from = today - (days - 1) * DAY;

  const perDayMap = new Map<string, number>();
  for (let t = from; t <= today; t += DAY) perDayMap.set(dayKey(t), 0);
  let reviewed = 0;
  let passed = 0;
  const activeDays = new Set<number>();
  for (const log of logs) {
    const t = log.reviewedAt.getTime();
    activeDays.add(Math.floor(t / DAY) * DAY);
    if (t < from) continue;
    const k = dayKey(t);
    perDayMap.set(k, (perDayMap.get(k) ?? 0) + 1);
    if (log.state === 2) {
      reviewed++;
      if (log.rating > 1) passed++;
    }
  }

  const forecastMap = new Map<string, number>();
  for (let i = 0; i < days; i++) forecastMap.set(dayKey(today + i * DAY), 0);
  for (const s of states) {
    if (s.state === 0) continue;
    const k = dayKey(Math.max(today, dayStart(s.due)));
    if (forecastMap.has(k)) forecastMap.set(k, (forecastMap.get(k) ?? 0) + 1);
  }

  return {
    perDay: [...perDayMap].map(([date, reviews]) => ({ date, reviews })),
    retention: { desired: settings.desiredRetention, actual: reviewed ? passed / reviewed : null, reviews: reviewed },
    forecast: [...forecastMap].map(([date, due]) => ({ date, due })),
    mastery: {
      bySection: mastery(states, (s) => s.sections, now, settings),
      byDomain: mastery(states, (s) => s.domains, now, settings),
    },
    streak: streak(activeDays, today),
    totals: {
      reviews: logs.length,
      today: logs.filter((l) => l.reviewedAt.getTime() >= today).length,
      items: states.length,
      started: states.filter((s) => s.state !== 0).length,
    },
  };
}

function mastery(
  states: StatState[],
  keys: (s: StatState) => string[],
  now: Date,
  settings: ReviewSettings,
): MasteryRow[] {
  const acc = new Map<string, { items: number; started: number; sum: number }>();
  for (const s of states) {
    const r = s.state === 0 ? null : retrievability(s, now, settings);
    for (const key of keys(s)) {
      const a = acc.get(key) ?? { items: 0, started: 0, sum: 0 };
      a.items++;
      if (r !== null) {
        a.started++;
        a.sum += r;
      }
      acc.set(key, a);
    }
  }
  return [...acc]
    .map(([key, a]) => ({ key, items: a.items, started: a.started, meanRecall: a.started ? a.sum / a.started : null }))
    .sort((x, y) => x.key.localeCompare(y.key));
}

/** Consecutive days with at least one review, ending today (or yesterday, if today has none yet). */
function streak(activeDays: Set<number>, today: number): number {
  let day = activeDays.has(today) ? today : today - DAY;
  let n = 0;
  while (activeDays.has(day)) {
    n++;
    day -= DAY;
  }
  return n;
}
