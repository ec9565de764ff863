// Runs once when a server process starts: a malformed environment stops it with the variable named.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/server/platform/env");
  env();
  // `next build` may load this file to collect page data: no timers there.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // The server submits timed exams whose time ran out, even when nobody opens them again
  // (docs/exams.md, "The clock"). Every worker sweeps; the submission's claim lets one win.
  const { createPrismaClient } = await import("@/lib/server/platform/prisma");
  const { examNow } = await import("@/lib/server/exams/clock");
  const { startDeadlineSweep, SWEEP_EVERY_MS } = await import("@/lib/server/exams/sweep");
  // Its own small client: a sweep needs one connection, not a request-sized pool (PostgreSQL).
  startDeadlineSweep(createPrismaClient(env().DATABASE_URL, { poolSize: 2 }), examNow, SWEEP_EVERY_MS);
}
