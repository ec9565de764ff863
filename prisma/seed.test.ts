import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import { verifyPassword } from "@/lib/server/auth/password";
import { demoAccountsHere, demoAccountsWanted } from "@/lib/server/auth/demo-accounts";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import type { PrismaClient } from "@/lib/server/platform/prisma";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, SYSTEM_ACCOUNT, seed } from "./seed-lib";

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
const policy = { maxFailures: 10, maxIpFailures: 50, maxAccountFailures: 50, windowMs: 60_000 };
const canSignIn = async (email: string, password: string) =>
  (
    await signInWithPassword(
      db,
      { email, password },
      { ip: "127.0.0.1", deviceCookie: null },
      new Date(),
      policy,
      "s".repeat(32),
    )
  ).ok;
const bankOwners = async () =>
  (await db.questionBank.findMany({ select: { owner: { select: { email: true } } } })).map((b) => b.owner.email);

describe("seed", () => {
  it("creates the documented demo accounts with the documented password", async () => {
    await seed(db);
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(user.role).toBe(account.role);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
    expect(await demoAccountsHere(db)).toEqual(DEMO_ACCOUNTS.map((a) => a.email));
    // The quick start's instructor can author the seed bank.
    expect(await bankOwners()).toEqual(["instructor@coldstart.dev"]);
  });

  it("without demo accounts, gives the seeded banks to a system account that cannot sign in", async () => {
    await seed(db, new Date(), { demo: false });
    expect(await db.user.findMany({ select: { email: true } })).toEqual([{ email: SYSTEM_ACCOUNT.email }]);
    expect(await bankOwners()).toEqual([SYSTEM_ACCOUNT.email]);
    const system = await db.user.findUniqueOrThrow({ where: { email: SYSTEM_ACCOUNT.email } });
    expect(system).toMatchObject({ passwordHash: null, githubId: null });
    expect(await canSignIn(SYSTEM_ACCOUNT.email, "")).toBe(false);
    expect(await canSignIn(SYSTEM_ACCOUNT.email, DEMO_PASSWORD)).toBe(false);
    expect(await demoAccountsHere(db)).toEqual([]);
  });

  it("turned off after a demo start, leaves the demo accounts unable to sign in and moves the seed banks", async () => {
    await seed(db);
    const instructor = await db.user.findUniqueOrThrow({ where: { email: "instructor@coldstart.dev" } });
    // As a database seeded before the system account existed: the demo instructor owned the bank.
    await db.questionBank.updateMany({ data: { ownerId: instructor.id } });
    expect((await seed(db, new Date(), { demo: false })).demoAccountsDisabled).toBe(2);
    expect(await canSignIn("instructor@coldstart.dev", DEMO_PASSWORD)).toBe(false);
    expect(await demoAccountsHere(db)).toEqual([]);
    expect(await bankOwners()).toEqual([SYSTEM_ACCOUNT.email]);
  });

  it("is idempotent: a second run changes no row", async () => {
    await seed(db);
    const first = await snapshot(db);
    const report = await seed(db);
    expect(report.usersCreated).toBe(0);
    expect(await snapshot(db)).toEqual(first);
  });
});

describe("demoAccountsWanted", () => {
  it("wants demo accounts on the embedded SQLite database only, unless COLDSTART_DEMO=0", () => {
    expect(demoAccountsWanted({ DATABASE_URL: "file:/srv/coldstart.db" })).toBe(true);
    expect(demoAccountsWanted({ DATABASE_URL: "file:/srv/coldstart.db", COLDSTART_DEMO: "0" })).toBe(false);
    expect(demoAccountsWanted({ DATABASE_URL: "postgresql://app@db/coldstart", COLDSTART_DEMO: "1" })).toBe(false);
    expect(demoAccountsWanted({ DATABASE_URL: "postgres://app@db/coldstart" })).toBe(false);
  });
});
