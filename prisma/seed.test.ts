import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import { verifyPassword } from "@/lib/server/auth/password";
import type { PrismaClient } from "@/lib/server/platform/prisma";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { SYSTEM_ACCOUNT, DEMO_ACCOUNTS, DEMO_PASSWORD, seed } from "./seed-lib";

let db: PrismaClient;
let cleanup: () => Promise<void>;
beforeEach(() => void ({ db, cleanup } = freshDb()));
afterEach(() => cleanup());

/** Every row of every seeded table, for a before/after comparison. */
async function snapshot(db: PrismaClient) {
  return {
    users: await db.user.findMany({ orderBy: { email: "asc" } }),
    cards: await db.conceptCard.findMany({ orderBy: { id: "asc" } }),
    items: await db.reviewItem.findMany({ orderBy: { id: "asc" } }),
    banks: await db.questionBank.findMany({ orderBy: { id: "asc" } }),
    questions: await db.question.findMany({ orderBy: { id: "asc" } }),
    options: await db.questionOption.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("seed", () => {
  it("creates the documented demo accounts with the documented password", async () => {
    await seed(db);
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(user.role).toBe(account.role);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
  });

  it("is idempotent: a second run changes no row", async () => {
    await seed(db);
    const first = await snapshot(db);
    const report = await seed(db);
    expect(report.usersCreated).toBe(0);
    expect(await snapshot(db)).toEqual(first);
  });

  it("seeds no account anyone can sign in to on a server database, and gives the banks a content owner", async () => {
    const report = await seed(db, new Date(), { demo: false });
    expect(report.usersCreated).toBe(1);
    const users = await db.user.findMany();
    expect(users).toEqual([expect.objectContaining({ email: SYSTEM_ACCOUNT.email, passwordHash: null })]);
    const banks = await db.questionBank.findMany({ select: { ownerId: true } });
    expect(banks.length).toBeGreaterThan(0);
    expect(banks.every((b) => b.ownerId === users[0]!.id)).toBe(true);
    for (const { email } of [...DEMO_ACCOUNTS, SYSTEM_ACCOUNT]) {
      const policy = { maxFailures: 10, maxIpFailures: 50, windowMs: 60_000 };
      const r = await signInWithPassword(db, { email, password: DEMO_PASSWORD }, "10.0.0.1", new Date(), policy);
      expect(r.ok, email).toBe(false);
    }
    const again = await seed(db, new Date(), { demo: false });
    expect(again.usersCreated).toBe(0);
    expect(await db.user.count()).toBe(1);
  });
});
