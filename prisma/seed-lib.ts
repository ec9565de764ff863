import type { PrismaClient } from "@/lib/server/platform/prisma";
import { hashPassword } from "@/lib/server/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";
import { loadCards } from "@/lib/content/load";
import { syncContent, type SyncReport } from "@/lib/content/sync";
import { loadBankFiles, seedBanks, type BankSeedReport } from "@/lib/server/banks/seed-banks";

export const DEMO_PASSWORD = "coldstart-demo";
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "student@coldstart.dev", name: "Demo Student", role: "STUDENT" },
  { email: "instructor@coldstart.dev", name: "Demo Instructor", role: "INSTRUCTOR" },
];

/**
 * Owns the seed banks where there are no demo accounts (a server database). It cannot sign in: no
 * password, no GitHub link, and an address under .invalid (RFC 2606) that no one can verify.
 */
export const SYSTEM_ACCOUNT: { email: string; name: string; role: Role } = {
  email: "system@coldstart.invalid",
  name: "Coldstart",
  role: "INSTRUCTOR",
};

export type SeedReport = { usersCreated: number; content: SyncReport; banks: BankSeedReport };
export type SeedOptions = {
  /**
   * The documented demo accounts (a published password): only for the embedded SQLite database of
   * the quick start, never for a server database that real learners use.
   */
  demo: boolean;
};

/** Creates the demo accounts if missing; existing rows are left exactly as they are. */
export async function seedUsers(db: PrismaClient): Promise<number> {
  let created = 0;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (existing) continue;
    await db.user.create({ data: { ...account, passwordHash: await hashPassword(DEMO_PASSWORD) } });
    created++;
  }
  return created;
}

/** The owner of the seed banks: the demo instructor, or without demo accounts the system account. */
async function bankOwner(db: PrismaClient, demo: boolean): Promise<{ id: string; created: boolean }> {
  const email = demo ? "instructor@coldstart.dev" : SYSTEM_ACCOUNT.email;
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return { id: existing.id, created: false };
  if (demo) throw new Error(`${email} is missing after seeding the demo accounts`);
  const { id } = await db.user.create({ data: { ...SYSTEM_ACCOUNT, passwordHash: null }, select: { id: true } });
  return { id, created: true };
}

/** Idempotent seed: running it twice changes nothing. */
export async function seed(
  db: PrismaClient,
  now: Date = new Date(),
  options: SeedOptions = { demo: true },
): Promise<SeedReport> {
  const demoCreated = options.demo ? await seedUsers(db) : 0;
  const content = await syncContent(db, loadCards(), now);
  const owner = await bankOwner(db, options.demo);
  const banks = await seedBanks(db, loadBankFiles(), owner.id, now);
  return { usersCreated: demoCreated + (owner.created ? 1 : 0), content, banks };
}
