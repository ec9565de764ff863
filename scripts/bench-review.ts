// `npm run bench:review`: starts the production server on its own database and measures review
// submissions (POST /api/reviews) with autocannon: 100 connections for 20 s.
// `npm run bench:review -- --postgres`: the same load on two app servers (ports BENCH_PORT and
// BENCH_PORT + 1, one worker each unless WEB_CONCURRENCY is set) sharing a fresh PostgreSQL
// database on COLDSTART_POSTGRES_URL's server; the connections are split between the servers.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { signAnswer } from "@/lib/server/reviews/answer-token";
import { createPrismaClient } from "@/lib/server/platform/prisma";
import { dropPostgresDatabase, freshPostgresDatabase } from "./pg-fresh-database";
import { newStateRow } from "@/lib/srs/mapper";
import { serializeState } from "@/lib/srs/snapshot";
import { DEFAULT_REVIEW_SETTINGS } from "@/lib/validations/review-settings";

const root = path.resolve(__dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);
const USERS = Number(process.env.BENCH_USERS ?? 700);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 5);
const TARGET_RPS = Number(process.env.BENCH_TARGET_RPS ?? 800);
const PACED_GROUPS = 10;
const POSTGRES = process.argv.includes("--postgres");
const dbFile = path.join(root, ".coldstart", "bench.db");
const pgDatabase = `coldstart_bench_${PORT}`;
const secret = crypto.randomBytes(32).toString("base64url");
// SQLite: one server (its workers share the file). PostgreSQL: two servers on one database.
const bases = (POSTGRES ? [PORT, PORT + 1] : [PORT]).map((p) => `http://localhost:${p}`);

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer ${url}`);
}

async function main() {
  const databaseUrl = POSTGRES ? await freshPostgresDatabase(pgDatabase) : `file:${dbFile}`;
  const stops: (() => void)[] = [];
  process.on("exit", () => stops.forEach((stop) => stop()));
  for (const [n, base] of bases.entries()) {
    const env = {
      ...process.env,
      PORT: new URL(base).port,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: base,
      ...(POSTGRES ? { WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? "1" } : {}),
    };
    console.log(`[bench] starting production server ${n + 1} of ${bases.length} on ${base} (fresh database)…`);
    // Servers start one after another: the first migrates and builds, the next finds both done.
    const args = POSTGRES ? ["scripts/start.ts"] : ["scripts/start.ts", "--fresh-db"];
    const server = spawn(path.join(root, "node_modules", ".bin", "tsx"), args, {
      cwd: root,
      env,
      stdio: ["ignore", process.env.BENCH_SERVER_LOG ? "inherit" : "ignore", "inherit"],
      detached: true,
    });
    stops.push(() => {
      try {
        process.kill(-server.pid!, "SIGTERM");
      } catch {
        /* already gone */
      }
    });
    await waitFor(`${base}/api/health`, 600_000);
  }
  const stop = () => stops.forEach((s) => s());

  // Learners with every concept-card item added, and a signed answer for each (user, item):
  // each request is a distinct first review, as when many learners study at once.
  const db = createPrismaClient(databaseUrl);
  const items = await db.reviewItem.findMany({ where: { kind: { not: "QUESTION" } }, select: { id: true } });
  const now = new Date();
  const fresh = newStateRow(now);
  const state = serializeState(fresh);
  const bodies: string[] = [];
  const cookies: string[] = [];
  for (let u = 0; u < USERS; u++) {
    const user = await db.user.create({
      data: { email: `bench-${u}-${now.getTime()}@example.com`, name: `Bench ${u}` },
    });
    await db.reviewState.createMany({
      data: items.map((i) => ({ userId: user.id, itemId: i.id, ...fresh, addedAt: now })),
    });
    const jwt = await encode({
      token: { sub: user.id, uid: user.id, role: "STUDENT", roleCheckedAt: Date.now(), email: user.email },
      secret,
    });
    for (const i of items) {
      const claim = {
        userId: user.id,
        itemId: i.id,
        version: 0,
        correct: true,
        answer: ["A"],
        state,
        settings: DEFAULT_REVIEW_SETTINGS,
      };
      const token = signAnswer(claim, now, secret);
      bodies.push(
        JSON.stringify({ itemId: i.id, token, rating: "good", idempotencyKey: crypto.randomUUID(), responseMs: 3000 }),
      );
      cookies.push(`next-auth.session-token=${jwt}`);
    }
  }
  // Interleave users so concurrent requests rarely touch the same learner.
  const order = bodies.map((_, i) => i).sort((a, b) => (a % items.length) - (b % items.length) || a - b);
  await db.$disconnect();
  console.log(`[bench] ${USERS} learners × ${items.length} items = ${bodies.length} distinct reviews prepared`);

  let next = 0;
  const request: autocannon.Request = {
    method: "POST",
    path: "/api/reviews",
    setupRequest: (req) => {
      const k = order[next++ % order.length]!;
      return { ...req, body: bodies[k], headers: { "content-type": "application/json", cookie: cookies[k]! } };
    },
  };
  // One autocannon instance; latencies are recorded here from each response rather than read from
  // autocannon's histogram: with a rate set, autocannon 9 "corrects" for coordinated omission with
  // an expected interval of Math.ceil(1 / rate) = 1 ms where rate is per second (8 per connection
  // here), so every L ms response also counts L - 1 made-up ones. latencySummary corrects with
  // the real interval, 1000 / rate ms, as HdrHistogram's recordValueWithExpectedInterval does.
  const cannon = (
    url: string,
    connections: number,
    duration: number,
    overallRate: number | undefined,
    latencies: number[],
  ) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const options: autocannon.Options = {
        url,
        connections,
        duration,
        requests: [request],
        ...(overallRate ? { overallRate, ignoreCoordinatedOmission: true } : {}),
      };
      const instance = autocannon(options, (err: unknown, r) => (err ? reject(err) : resolve(r)));
      instance.on("response", (_client, status, _bytes, ms) => {
        if (status >= 200 && status < 300) latencies.push(ms);
      });
    });
  /**
   * `groups` instances share the connections and the rate, each started 1/groups s after the last.
   * (autocannon's rate limit lets each connection send its requests for the second back to back
   * when the second starts, all connections at once: 100 connections at 800 req/s offer bursts of
   * 100 concurrent requests for the first ~150 ms of every second. Staggered groups spread them.)
   * With two servers, the groups alternate between them (at least one group each).
   */
  const run = async (duration: number, overallRate?: number, groups = 1) => {
    const latencies: number[] = [];
    const n = Math.max(groups, bases.length);
    const results = await Promise.all(
      Array.from({ length: n }, async (_, g) => {
        if (overallRate) await new Promise((r) => setTimeout(r, (g * 1000) / n));
        return cannon(bases[g % bases.length]!, CONNECTIONS / n, duration, overallRate && overallRate / n, latencies);
      }),
    );
    const sum = (f: (r: autocannon.Result) => number) => results.reduce((n, r) => n + f(r), 0);
    return {
      rate: sum((r) => r.requests.total) / duration,
      ok: sum((r) => r["2xx"]),
      failed: { "non-2xx": sum((r) => r.non2xx), errors: sum((r) => r.errors), timeouts: sum((r) => r.timeouts) },
      latency: latencySummary(latencies, overallRate ? (1000 * CONNECTIONS) / overallRate : 0),
    };
  };
  type Run = Awaited<ReturnType<typeof run>>;
  const report = (label: string, { rate, ok, failed, latency: l }: Run) => {
    console.log(`${label}`);
    const failures = Object.entries(failed).map(([k, n]) => `${n} ${k}`);
    console.log(`  requests/s   ${rate.toFixed(0)} (mean), ${ok} answered 2xx, ${failures.join(", ")}`);
    const corrected = l.added ? ` (${l.added} values added for coordinated omission, interval ${l.interval} ms)` : "";
    console.log(
      `  latency      p50 ${l.p50.toFixed(1)} ms, p90 ${l.p90.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms, max ${l.max.toFixed(1)} ms${corrected}`,
    );
  };

  // Warm-up, not counted: the first requests of a fresh server compile and optimize code and open
  // its connections; the runs below measure a server in its steady state.
  const warm = await run(WARMUP_S);
  console.log(`[bench] warm-up: ${WARMUP_S} s, ${warm.ok} reviews recorded (not counted below)`);
  // Closed loop: 100 connections each send the next request as soon as the last is answered, so
  // this finds the maximum rate (and latency is then connections / rate, by Little's law).
  const saturated = await run(DURATION_S);
  // Open loop at the target rate: 800 requests/s offered over the same 100 connections, in 10
  // staggered groups so that requests arrive spread over each second.
  const atTarget = await run(DURATION_S, TARGET_RPS, PACED_GROUPS);

  const check = createPrismaClient(databaseUrl);
  const recorded = await check.reviewLog.count();
  await check.$disconnect();
  stop();

  const answered = warm.ok + saturated.ok + atTarget.ok;
  const inFlight = recorded - answered; // recorded, but still in flight when a run ended
  console.log("");
  const workers = process.env.WEB_CONCURRENCY
    ? `${process.env.WEB_CONCURRENCY} worker(s)`
    : POSTGRES
      ? "1 worker"
      : "one worker per CPU";
  console.log(
    `review submissions (POST /api/reviews), ${CONNECTIONS} connections, ${DURATION_S} s per run, ` +
      (POSTGRES
        ? `PostgreSQL, ${bases.length} app servers of ${workers} (pool ${process.env.DATABASE_POOL_SIZE ?? 10} connections each)`
        : `SQLite (WAL), one app server of ${workers}`),
  );
  report("maximum rate (closed loop):", saturated);
  report(`offered ${TARGET_RPS} requests/s (open loop, ${PACED_GROUPS} staggered groups):`, atTarget);
  console.log(
    `  recorded     ${recorded} review log rows = ${answered} answered + ${inFlight} in flight when a run ended (${inFlight >= 0 && inFlight <= 3 * CONNECTIONS ? "consistent" : "INCONSISTENT"})`,
  );
  if (next > order.length) console.log(`  note: ${next - order.length} requests reused a review (raise BENCH_USERS)`);
  const clean = [warm, saturated, atTarget].every((r) => Object.values(r.failed).every((n) => n === 0));
  if (!clean)
    console.log("  INVALID: some requests failed (non-2xx, errors or timeouts); the figures above do not count");
  if (POSTGRES) {
    console.log("  (PostgreSQL: a baseline, no target)");
    await dropPostgresDatabase(pgDatabase);
  } else {
    const verdict = (r: Run) => (clean && r.rate >= TARGET_RPS * 0.98 && r.latency.p99 <= 50 ? "met" : "NOT met");
    console.log(`  target ≥ ${TARGET_RPS} req/s at p99 ≤ 50 ms, offered ${TARGET_RPS} req/s: ${verdict(atTarget)}`);
    console.log(`  p99 ≤ 50 ms also at the maximum rate (closed loop): ${saturated.latency.p99 <= 50 ? "yes" : "no"}`);
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(dbFile + suffix, { force: true });
  }
  process.exit(0);
}

/**
 * Percentiles of the recorded latencies. With an expected interval (an open-loop run), a response
 * slower than the interval stands for the requests that would have been sent meanwhile: values
 * L - interval, L - 2 × interval, … down to the interval are added (coordinated omission).
 */
function latencySummary(values: number[], interval: number) {
  const all = values.slice();
  if (interval > 0)
    for (const v of values)
      for (let missing = v - interval; missing >= interval; missing -= interval) all.push(missing);
  all.sort((a, b) => a - b);
  const at = (q: number) => all[Math.min(all.length - 1, Math.ceil(q * all.length) - 1)] ?? NaN;
  return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1), added: all.length - values.length, interval };
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
