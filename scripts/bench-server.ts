// Starts the production server (the `npm start` path) on its own port and a fresh database, for benchmarks.
import path from "node:path";
import { spawn } from "node:child_process";

export type BenchServer = { base: string; stop: () => void };

/**
 * Spawns `scripts/start.ts --fresh-db` in its own process group and resolves once `/api/health`
 * answers; rejects with a clear message if the server exits first or never answers.
 */
export async function startBenchServer(opts: {
  root: string;
  port: number;
  dbFile: string;
  secret: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<BenchServer> {
  const base = `http://localhost:${opts.port}`;
  if (
    await fetch(`${base}/api/health`).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`something already answers on port ${opts.port}; stop it or choose another port`);
  }
  const server = spawn(path.join(opts.root, "node_modules", ".bin", "tsx"), ["scripts/start.ts", "--fresh-db"], {
    cwd: opts.root,
    env: {
      ...process.env,
      PORT: String(opts.port),
      DATABASE_URL: `file:${opts.dbFile}`,
      NEXTAUTH_SECRET: opts.secret,
      NEXTAUTH_URL: base,
      NEXT_TELEMETRY_DISABLED: "1",
      ...opts.env,
    },
    stdio: ["ignore", process.env.BENCH_SERVER_LOG ? "inherit" : "ignore", "inherit"],
    detached: true,
  });
  let exited: string | null = null;
  server.on("exit", (code, signal) => (exited = `exited with ${signal ?? `code ${code}`}`));
  server.on("error", (e) => (exited = `could not start: ${e.message}`));
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  process.on("exit", stop);
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => process.exit(130));

  // The first start builds the app (minutes on a busy machine), hence the long default.
  const until = Date.now() + (opts.timeoutMs ?? 900_000);
  while (Date.now() < until) {
    if (exited) throw new Error(`the production server ${exited} before answering (its output is above)`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`the production server did not answer ${base}/api/health in time`);
}
