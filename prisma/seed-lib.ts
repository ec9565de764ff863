import type { PrismaClient } from "@/lib/server/platform/prisma";
import { hashPassword } from "@/lib/server/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";
import { loadCards } from "@/lib/content/load";
import { syncContent, type SyncReport } from "@/lib/content/sync";
import { loadBankFiles, seedBanks, type BankSeedReport } from "@/lib/server/banks/seed-banks";
import { seedDemoAttempts } from "@/lib/server/authoring/demo-attempts";

export const DEMO_PASSWORD = "coldstart-demo";
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "student@coldstart.dev", name: "Demo Student", role: "STUDENT" },
  { email: "instructor@coldstart.dev", name: "Demo Instructor", role: "INSTRUCTOR" },
];

export type SeedReport = { usersCreated: number; content: SyncReport; banks: BankSeedReport; demoAttempts: number };

/** Demo data (the cohort's mock-exam attempts behind item analysis) unless COLDSTART_DEMO_DATA=0. */
export const demoDataEnabled = () => process.env.COLDSTART_DEMO_DATA !== "0";

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

/** Idempotent seed: running it twice changes nothing. */
export async function seed(
  db: PrismaClient,
  now: Date = new Date(),
  { demo = demoDataEnabled() }: { demo?: boolean } = {},
): Promise<SeedReport> {
  const usersCreated = await seedUsers(db);
  const content = await syncContent(db, loadCards(), now);
  const instructor = await db.user.findUniqueOrThrow({ where: { email: "instructor@coldstart.dev" }, select: { id: true } });
  const banks = await seedBanks(db, loadBankFiles(), instructor.id, now);
  const demoAttempts = demo ? await seedDemoAttempts(db, now) : 0;
  return { usersCreated, content, banks, demoAttempts };
}
