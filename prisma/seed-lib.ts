import type { PrismaClient } from "@/lib/server/platform/prisma";
import { hashPassword } from "@/lib/server/auth/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, SYSTEM_ACCOUNT } from "@/lib/server/auth/demo-accounts";
import { loadCards } from "@/lib/content/load";
import { syncContent, type SyncReport } from "@/lib/content/sync";
import { loadBankFiles, seedBanks, type BankSeedReport } from "@/lib/server/banks/seed-banks";
import { seedDemoAttempts } from "@/lib/server/authoring/demo-attempts";

export { DEMO_ACCOUNTS, DEMO_PASSWORD, SYSTEM_ACCOUNT };

const DEMO_INSTRUCTOR_EMAIL = DEMO_ACCOUNTS.find((a) => a.role === "INSTRUCTOR")!.email;

export type SeedOptions = { demo: boolean };
export type SeedReport = {
  usersCreated: number;
  demoAccountsDisabled: number;
  content: SyncReport;
  banks: BankSeedReport;
  demoAttempts: number;
};

/**
 * The cohort's mock-exam attempts behind item analysis: only where the demo accounts are (the
 * embedded quick start), and not with COLDSTART_DEMO_DATA=0.
 */
export const demoDataEnabled = (env: NodeJS.ProcessEnv = process.env) => env.COLDSTART_DEMO_DATA !== "0";

/** Creates the demo accounts if missing; existing rows are left exactly as they are. */
async function seedDemoAccounts(db: PrismaClient): Promise<number> {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (existing) continue;
    await db.user.create({ data: { ...account, passwordHash: await hashPassword(DEMO_PASSWORD) } });
    created++;
  }
  return created;
}

/**
 * With demo accounts off, demo accounts left from an earlier start can no longer sign in: their
 * published password would otherwise open an instructor account. Their data stays.
 */
async function disableDemoAccounts(db: PrismaClient): Promise<number> {
  const { count } = await db.user.updateMany({
    where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) }, passwordHash: { not: null } },
    data: { passwordHash: null },
  });
  return count;
}

/** The owner of the seeded banks (created once; it cannot sign in). */
async function systemAccount(db: PrismaClient): Promise<{ id: string; created: boolean }> {
  const existing = await db.user.findUnique({ where: { email: SYSTEM_ACCOUNT.email }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  const { id } = await db.user.create({ data: { ...SYSTEM_ACCOUNT, passwordHash: null }, select: { id: true } });
  return { id, created: true };
}

/** Idempotent seed: running it twice changes nothing. */
export async function seed(
  db: PrismaClient,
  now: Date = new Date(),
  options: SeedOptions = { demo: true },
): Promise<SeedReport> {
  const system = await systemAccount(db);
  const demoCreated = options.demo ? await seedDemoAccounts(db) : 0;
  const demoAccountsDisabled = options.demo ? 0 : await disableDemoAccounts(db);
  const content = await syncContent(db, loadCards(), now);
  // The seed banks belong to the demo instructor where demo accounts exist (the quick start's
  // authoring demo edits them), else to the system account, which cannot sign in. Banks seeded
  // under the other rule move over, so turning demo accounts off takes the banks from them.
  const owner = options.demo
    ? (await db.user.findUniqueOrThrow({ where: { email: DEMO_INSTRUCTOR_EMAIL }, select: { id: true } })).id
    : system.id;
  const banks = await seedBanks(db, loadBankFiles(), owner, now);
  await db.questionBank.updateMany({
    where: { id: { startsWith: "seed-" }, ownerId: { not: owner } },
    data: { ownerId: owner },
  });
  const demoAttempts = options.demo && demoDataEnabled() ? await seedDemoAttempts(db, now) : 0;
  return { usersCreated: demoCreated + (system.created ? 1 : 0), demoAccountsDisabled, content, banks, demoAttempts };
}
