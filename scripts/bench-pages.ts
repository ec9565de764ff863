// `npm run bench:pages`: starts the production server on its own port and a fresh database, runs
// Lighthouse 12 (default mobile preset: simulated slow 4G, 4x CPU slowdown) three times per route
// in Debian's Chromium, and prints per route the medians of the performance score, LCP, TBT, bytes
// and the accessibility score, with a verdict against ≥ 95 performance / 100 accessibility.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import type { Result } from "lighthouse";
import { encode } from "next-auth/jwt";
import { addCardsToReviews } from "@/lib/server/learn/cards";
import { createPrismaClient } from "@/lib/server/platform/prisma";
import { startBenchServer } from "./bench-server";
import { rendererFirstPaint } from "./page-trace";

const root = path.resolve(__dirname, "..");
const PORT = Number(process.env.BENCH_PAGES_PORT ?? 3292);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const BASE_CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
/**
 * Extra Chromium flags for an experiment, appended to the usual ones and printed with the results,
 * e.g. BENCH_CHROME_FLAGS=--disable-features=InitialWebUISurfaceSync (see docs/page-speed.md).
 */
const EXTRA_CHROME_FLAGS = (process.env.BENCH_CHROME_FLAGS ?? "").split(/\s+/).filter(Boolean);
const CHROME_FLAGS = [...BASE_CHROME_FLAGS, ...EXTRA_CHROME_FLAGS];
const DEMO_STUDENT = "student@coldstart.dev";
const dbFile = path.join(root, ".coldstart", "bench-pages.db");
const reportDir = path.join(root, ".coldstart", "bench-pages");
const TARGET = { performance: 95, accessibility: 100 };

type Route = { path: string; signedIn: boolean };
type Figures = {
  perf: number;
  a11y: number;
  fcp: number;
  lcp: number;
  tbt: number;
  bytes: number;
  js: number;
  ttfb: number;
  /**
   * When the unthrottled page first painted (ms). Lighthouse's simulated LCP counts every script that
   * ran before that paint, so a page that paints after its scripts run gets an LCP of roughly FCP plus
   * the time to download and run all of its JavaScript on slow 4G.
   */
  paint: number;
  /**
   * When the renderer's main thread painted its first frame (ms), from the run's trace. A paint
   * shown much later than this was held in the browser's compositor, not delayed by the page.
   */
  framePaint: number;
  /** Lighthouse's CPU benchmark of this run; below 1000 it warns that scores suffer from a slow CPU. */
  cpu: number;
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const load1 = () => os.loadavg()[0]!.toFixed(1);

function fail(msg: string): never {
  console.error(`[bench:pages] ${msg}`);
  process.exit(1);
}

function figures(lhr: Result, framePaint: number): Figures {
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const items = (
    lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] }
  )?.items;
  return {
    perf: Math.round((lhr.categories.performance?.score ?? NaN) * 100),
    a11y: Math.round((lhr.categories.accessibility?.score ?? NaN) * 100),
    fcp: num("first-contentful-paint"),
    lcp: num("largest-contentful-paint"),
    tbt: num("total-blocking-time"),
    bytes: num("total-byte-weight"),
    js: items?.find((i) => i.resourceType === "script")?.transferSize ?? NaN,
    ttfb: num("server-response-time"),
    paint:
      (lhr.audits.metrics?.details as { items?: { observedFirstContentfulPaint?: number }[] } | undefined)?.items?.[0]
        ?.observedFirstContentfulPaint ?? NaN,
    cpu: lhr.environment.benchmarkIndex,
    framePaint,
  };
}

/** The accessibility audits a page fails, by id. */
const a11yFailures = (lhr: Result) =>
  (lhr.categories.accessibility?.auditRefs ?? [])
    .filter((r) => r.weight > 0 && lhr.audits[r.id]?.score === 0)
    .map((r) => r.id);

/**
 * One Lighthouse run, through its CLI in a plain Node process (Lighthouse serialises functions into
 * the page, which tsx's transpiled helpers would break), in a fresh Chromium profile.
 */
function runLighthouse(url: string, cookie: string | null, out: string): { lhr: Result; framePaint: number } {
  const cli = path.join(root, "node_modules", "lighthouse", "cli", "index.js");
  const run = spawnSync(
    process.execPath,
    [
      cli,
      url,
      "--output=json",
      `--output-path=${out}`,
      "--only-categories=performance,accessibility",
      "--save-assets",
      `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
      ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
    ],
    { cwd: root, encoding: "utf8", env: { ...process.env, CHROME_PATH } },
  );
  if (run.status !== 0) {
    const why = (run.stderr || run.error?.message || "").trim().split("\n").slice(-5).join("\n");
    throw new Error(`Lighthouse failed on ${url} (exit ${run.status}):\n${why}`);
  }
  const lhr = JSON.parse(fs.readFileSync(out, "utf8")) as Result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  // The saved trace (tens of MB) is read for one figure and removed.
  const assets = [out.replace(/\.json$/, "-0.trace.json"), out.replace(/\.json$/, "-0.devtoolslog.json")];
  let framePaint = NaN;
  try {
    framePaint = rendererFirstPaint(JSON.parse(fs.readFileSync(assets[0]!, "utf8")));
  } catch {
    /* no trace saved: the figure is reported as unknown */
  }
  for (const f of assets) fs.rmSync(f, { force: true });
  return { lhr, framePaint };
}

async function main() {
  try {
    fs.accessSync(CHROME_PATH, fs.constants.X_OK);
  } catch {
    fail(`no Chromium at ${CHROME_PATH}: apt-get install -y chromium, or set CHROME_PATH`);
  }
  const secret = crypto.randomBytes(32).toString("base64url");
  console.log(`[bench:pages] starting the production server on port ${PORT} (fresh database)…`);
  const server = await startBenchServer({ root, port: PORT, dbFile, secret, env: { COLDSTART_DEMO: "1" } }).catch(
    (e: unknown) => fail(e instanceof Error ? e.message : String(e)),
  );

  // The demo student's session, signed with this server's secret (the claims NextAuth's jwt callback
  // puts in a fresh session), with every concept card in their reviews so /review shows an item.
  const db = createPrismaClient(`file:${dbFile}`);
  const student = await db.user.findUnique({ where: { email: DEMO_STUDENT } });
  if (!student) fail(`the seed did not create the demo student ${DEMO_STUDENT}`);
  const cardIds = (await db.conceptCard.findMany({ where: { retiredAt: null }, select: { id: true } })).map(
    (c) => c.id,
  );
  await addCardsToReviews(db, student.id, cardIds, new Date());
  const card = process.env.BENCH_CARD ?? [...cardIds].sort()[0];
  await db.$disconnect();
  if (!card) fail("the seed created no concept cards");
  const jwt = await encode({
    token: {
      sub: student.id,
      uid: student.id,
      email: student.email,
      name: student.name,
      role: student.role,
      roleCheckedAt: Date.now(),
    },
    secret,
  });
  const cookie = `next-auth.session-token=${jwt}`;
  const session = (await (await fetch(`${server.base}/api/auth/session`, { headers: { cookie } })).json()) as {
    user?: { email?: string };
  };
  if (session.user?.email !== DEMO_STUDENT) fail("the server did not accept the benchmark's session cookie");

  const routes: Route[] = [
    { path: "/", signedIn: false },
    { path: "/learn", signedIn: false },
    { path: `/learn/${card}`, signedIn: false },
    { path: "/signin", signedIn: false },
    { path: "/review", signedIn: true },
    { path: "/review/stats", signedIn: true },
  ];
  // Warm-up, not measured: a fresh server loads each route's code on its first request.
  for (const r of routes) {
    const res = await fetch(server.base + r.path, { headers: r.signedIn ? { cookie } : {}, redirect: "manual" });
    if (res.status !== 200) fail(`${r.path} answered ${res.status} instead of 200`);
  }

  fs.mkdirSync(reportDir, { recursive: true });
  const rows: { route: Route; med: Figures; perfRange: string; load: string; a11yFails: string[] }[] = [];
  for (const route of routes) {
    const loadBefore = load1();
    const runs: Figures[] = [];
    const fails = new Set<string>();
    for (let i = 1; i <= RUNS; i++) {
      const name = route.path.replace(/\W+/g, "_");
      const { lhr, framePaint } = runLighthouse(
        server.base + route.path,
        route.signedIn ? cookie : null,
        path.join(reportDir, `${name}-${i}.json`),
      );
      if (lhr.finalDisplayedUrl !== server.base + route.path) {
        fail(`${route.path} ended at ${lhr.finalDisplayedUrl} (a redirect: is the session cookie refused?)`);
      }
      runs.push(figures(lhr, framePaint));
      a11yFailures(lhr).forEach((id) => fails.add(id));
    }
    const pick = (k: keyof Figures) => median(runs.map((r) => r[k]));
    const med = {
      perf: pick("perf"),
      a11y: pick("a11y"),
      fcp: pick("fcp"),
      lcp: pick("lcp"),
      tbt: pick("tbt"),
      bytes: pick("bytes"),
      js: pick("js"),
      ttfb: pick("ttfb"),
      paint: pick("paint"),
      framePaint: pick("framePaint"),
      cpu: pick("cpu"),
    };
    const perfs = runs.map((r) => r.perf);
    const row = {
      route,
      med,
      perfRange: `${Math.min(...perfs)}–${Math.max(...perfs)}`,
      load: `${loadBefore}→${load1()}`,
      a11yFails: [...fails],
    };
    rows.push(row);
    console.log(
      `[bench:pages] ${route.path}: performance ${perfs.join(", ")}, accessibility ${runs.map((r) => r.a11y).join(", ")}, first frame painted→shown ${runs.map((r) => `${r.framePaint.toFixed(0)}→${r.paint.toFixed(0)} ms`).join(", ")} (load ${row.load})`,
    );
  }
  server.stop();

  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  console.log("");
  console.log(
    `Lighthouse ${lhVersion()} mobile (simulated slow 4G, 4x CPU), median of ${RUNS} runs per route; load = 1-minute load average before→after the route (${os.cpus().length} CPUs)`,
  );
  if (EXTRA_CHROME_FLAGS.length > 0) {
    console.log(
      `extra Chromium flags (BENCH_CHROME_FLAGS, not the default measurement): ${EXTRA_CHROME_FLAGS.join(" ")}`,
    );
  }
  const header = [
    "route",
    "perf",
    "(range)",
    "LCP",
    "TBT",
    "TTFB",
    "FCP",
    "paint (real)",
    "painted",
    "bytes",
    "JS",
    "a11y",
    "load",
    "CPU index",
    "verdict",
  ];
  const table = rows.map(({ route, med, perfRange, load, a11yFails }) => {
    const met = med.perf >= TARGET.performance && med.a11y >= TARGET.accessibility;
    return [
      `${route.path}${route.signedIn ? " (signed in)" : ""}`,
      String(med.perf),
      perfRange,
      `${(med.lcp / 1000).toFixed(2)} s`,
      `${med.tbt.toFixed(0)} ms`,
      `${med.ttfb.toFixed(0)} ms`,
      `${(med.fcp / 1000).toFixed(2)} s`,
      `${med.paint.toFixed(0)} ms`,
      `${med.framePaint.toFixed(0)} ms`,
      kb(med.bytes),
      kb(med.js),
      String(med.a11y) + (a11yFails.length ? ` (fails: ${a11yFails.join(", ")})` : ""),
      load,
      med.cpu.toFixed(0),
      route.signedIn ? (met ? "met (reported)" : "not met (reported)") : met ? "met" : "NOT met",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  for (const r of [header, ...table]) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join("  "));
  const publicMet = rows.filter((r) => !r.route.signedIn).every((r) => r.med.perf >= 95 && r.med.a11y >= 100);
  console.log(
    `\ntarget (public routes): performance ≥ ${TARGET.performance} and accessibility ${TARGET.accessibility}: ${publicMet ? "met" : "NOT met"}`,
  );
  console.log(
    `reports: ${path.relative(root, reportDir)}/ (open one at https://googlechrome.github.io/lighthouse/viewer/)`,
  );
  console.log(
    `paint (real) = when the unthrottled page first painted; when its scripts ran before that paint, Lighthouse's simulated LCP includes downloading and running them (LCP well above FCP)`,
  );
  console.log(
    `painted = when the renderer's main thread painted that first frame (from the trace); paint (real) far above it means the frame was held after painting (see docs/page-speed.md)`,
  );
  if (rows.some((r) => r.med.cpu < 1000)) {
    console.log(
      `note: Lighthouse's CPU index (its own benchmark, median per route) is below 1000 on some routes: Lighthouse warns that a CPU this slow lowers performance scores (4x slowdown is applied on top)`,
    );
  }
  if (Number(load1()) > os.cpus().length) {
    console.log(`note: the load average exceeds the CPU count; TBT and LCP are inflated by other work on this machine`);
  }
}

function lhVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "node_modules", "lighthouse", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

main().then(
  () => process.exit(0),
  (e: unknown) => fail(e instanceof Error ? (e.stack ?? e.message) : String(e)),
);
