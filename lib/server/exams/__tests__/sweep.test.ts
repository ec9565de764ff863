import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { freshDb } from "@/tests/db";
import type { PrismaClient } from "../../platform/prisma";
import { startAttempt } from "../start";
import { saveAnswer } from "../save";
import { finalizeAllExpired, startDeadlineSweep } from "../sweep";
import { keyOf, seedFixtureBank, user } from "./fixtures";

const t0 = new Date("2026-12-01T09:00:00Z");
const minutes = (m: number) => new Date(t0.getTime() + m * 60_000);
let db: PrismaClient;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ db, cleanup } = freshDb());
  await seedFixtureBank(db, { perDomain: { D1: 10, D2: 10, D3: 10, D4: 10 } });
});
afterEach(() => cleanup());

const state = (id: string) =>
  db.examAttempt.findUniqueOrThrow({
    where: { id },
    select: { submittedAt: true, endedBy: true, rawScore: true, scaledScore: true, deadlineAt: true },
  });

/** Two learners who closed their tabs: one timed mock ran out, one has time left; one practice attempt. */
async function closedTabs() {
  const a = (await user(db, "a@example.com")).id;
  const b = (await user(db, "b@example.com")).id;
  const expired = await startAttempt(db, a, { mode: "TIMED", count: 20 }, t0, 1); // 48 min
  const key = await keyOf(db, expired.id, 1);
  await saveAnswer(db, a, expired.id, 1, { selected: key.right, flagged: false, struck: [], revision: 1 }, minutes(1));
  const running = await startAttempt(db, b, { mode: "TIMED", count: 20 }, minutes(30), 2);
  const practice = await startAttempt(db, a, { mode: "PRACTICE", count: 10 }, t0, 3);
  return { expired: expired.id, running: running.id, practice: practice.id };
}

it("submits every learner's expired timed attempt at its deadline, scored, and nothing else", async () => {
  const ids = await closedTabs();
  // Within the grace after the deadline nothing is submitted: a save may still be in flight.
  expect(await finalizeAllExpired(db, new Date(minutes(48).getTime() + 1000))).toBe(0);
  expect((await state(ids.expired)).submittedAt).toBeNull();

  expect(await finalizeAllExpired(db, minutes(60))).toBe(1);
  const done = await state(ids.expired);
  expect(done.submittedAt).toEqual(done.deadlineAt);
  expect(done.endedBy).toBe("DEADLINE");
  expect(done.rawScore).not.toBeNull();
  expect(done.scaledScore).toBeGreaterThanOrEqual(100);
  expect((await state(ids.running)).submittedAt).toBeNull();
  expect((await state(ids.practice)).submittedAt).toBeNull();

  // A second sweep (another worker, the next tick) changes nothing.
  expect(await finalizeAllExpired(db, minutes(61))).toBe(0);
  expect(await state(ids.expired)).toEqual(done);
});

it("submits at most a batch per sweep, oldest deadline first", async () => {
  const learners = await Promise.all([1, 2, 3].map((k) => user(db, `l${k}@example.com`)));
  const ids: string[] = [];
  for (const [k, l] of learners.entries())
    ids.push((await startAttempt(db, l.id, { mode: "TIMED", count: 20 }, minutes(k), 10 + k)).id);
  expect(await finalizeAllExpired(db, minutes(120), 2)).toBe(2);
  expect((await state(ids[0]!)).endedBy).toBe("DEADLINE");
  expect((await state(ids[1]!)).endedBy).toBe("DEADLINE");
  expect((await state(ids[2]!)).submittedAt).toBeNull();
  expect(await finalizeAllExpired(db, minutes(120), 2)).toBe(1);
});

it("the server's sweep submits an expired attempt without any request, and stops when told", async () => {
  const ids = await closedTabs();
  const stop = startDeadlineSweep(db, () => minutes(60), 60_000);
  try {
    // The first sweep runs at once; wait for its result, not for a time.
    await vi.waitFor(async () => expect((await state(ids.expired)).endedBy).toBe("DEADLINE"), { timeout: 30_000 });
  } finally {
    stop();
  }
  expect((await state(ids.running)).submittedAt).toBeNull();
});
