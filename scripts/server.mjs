// The production HTTP server: Next.js's request handler in one worker process per CPU (cluster),
// behind a fast lane for review submissions and exam autosaves (the requests sent most),
// all sharing PORT. Workers hold no per-user state (sessions are JWTs; everything else is in the
// database), so any worker can answer any request. WEB_CONCURRENCY sets the number of workers.
// On SQLite the primary runs the WAL checkpoints for all workers (lib/server/production-server/extensions.ts).
import cluster from "node:cluster";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

// Must match PEER_HEADER in lib/server/platform/http/client-ip.ts (a test holds them together).
const PEER_HEADER = "x-coldstart-peer-address";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? os.availableParallelism()));
// npm start builds this bundle beside Next's build (scripts/build-server-bundle.ts). Without it,
// Next's route handler answers review submissions the same way and each worker checkpoints.
const bundle = path.join(root, ".next", "coldstart-server.mjs");
// With REVIEW_STORE=prisma the bundle has nothing to add (lib/server/reviews/storage/README.md).
const extensions = fs.existsSync(bundle) ? (await import(bundle)).serverExtensions() : null;
if (!fs.existsSync(bundle))
  console.warn("[coldstart] no server bundle (scripts/build-server-bundle.ts): Next answers every request");

if (cluster.isPrimary && workers > 1) {
  const checkpoints = extensions?.primaryWalCheckpoints() ?? null;
  const fork = () => cluster.fork(checkpoints?.workerEnv ?? {});
  for (let i = 0; i < workers; i++) fork();
  let stopping = false;
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`[coldstart] worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    fork();
  });
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.kill(sig);
      process.exit(0);
    });
  }
  console.log(`[coldstart] ${workers} workers serving http://localhost:${port}`);
} else {
  const app = next({ dev: false, dir: root, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // The fast lane answers review submissions and exam autosaves before Next routes them
  // (lib/server/production-server/fast-lane.ts).
  const fastLane = extensions?.fastLane ?? (() => false);
  const server = http.createServer((req, res) => {
    // Route handlers see no socket: pass the peer's address in a header, always overwriting what a
    // client sent (lib/server/platform/http/client-ip.ts reads it for rate limits).
    req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
    if (!fastLane(req, res)) void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, () => {
    if (workers === 1) console.log(`[coldstart] serving http://localhost:${port}`);
  });
  // Graceful stop: finish what is in flight, then exit (an exit, not a kill, also flushes --cpu-prof).
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}
