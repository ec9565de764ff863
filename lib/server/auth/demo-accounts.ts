import type { Role } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "../platform/prisma";

/** The embedded quick start's accounts (README, Demo accounts). */
export const DEMO_PASSWORD = "coldstart-demo";
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: "student@coldstart.dev", name: "Demo Student", role: "STUDENT" },
  { email: "instructor@coldstart.dev", name: "Demo Instructor", role: "INSTRUCTOR" },
];

/**
 * The owner of the seeded question banks, present with or without demo accounts. It cannot sign
 * in: no password, no GitHub link, and an address under .invalid (RFC 2606) that no one can verify.
 */
export const SYSTEM_ACCOUNT = { email: "system@coldstart.invalid", name: "Coldstart", role: "INSTRUCTOR" as Role };

/**
 * Whether the seed creates the demo accounts: for the embedded SQLite quick start only, never on
 * a database server (PostgreSQL), and not when COLDSTART_DEMO=0.
 */
export function demoAccountsWanted(env: { COLDSTART_DEMO?: string; DATABASE_URL?: string }): boolean {
  return env.COLDSTART_DEMO !== "0" && (env.DATABASE_URL ?? "file:").startsWith("file:");
}

/** The demo accounts that can sign in on this database (the sign-in page shows only these). */
export async function demoAccountsHere(db: PrismaClient): Promise<string[]> {
  const rows = await db.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) }, passwordHash: { not: null } },
    select: { email: true },
  });
  return DEMO_ACCOUNTS.map((a) => a.email).filter((e) => rows.some((r) => r.email === e));
}
