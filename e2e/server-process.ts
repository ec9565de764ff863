import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { refuseWrites } from "../tests/refused-writes";

// Production servers of its own for a spec that needs its own database or environment (the
// attacker and durability specs): `npm start`'s path exactly (scripts/start.ts: migrate, seed,
// the build Playwright's webServer just made, then the cluster), on a free port, in its own
// process group so the whole server (tsx, start.ts, the primary, every worker) can be signalled.

const root = path.resolve(__dirname, "..");

export type AppServer = {
  url: string;
  secret: string;
  dbFile: string;
  /** Every process of the server (its process group). */
  pids(): number[];
  /** Makes the disk refuse every write of every server process; returns the undo. */
  refuseWrites(): () => void;
  /** SIGKILL to the whole process group, then waits until no process of it is left. */
  kill(): Promise<void>;
  /** SIGTERM, then waits until no process is left. */
  stop(): Promise<void>;
  /** Starts the server again on the same port and database (no --fresh-db). */
  restart(): Promise<void>;
  output(): string;
};

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

/** The processes whose process group is `pgid` (from /proc). */
function groupPids(pgid: number): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command (which may hold spaces) in parentheses: state ppid pgrp ...
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid && fields[0] !== "Z") pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Starts a production server on a fresh database named `name`, with `env` added. */
export async function startServer(name: string, env: Record<string, string> = {}): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const secret = crypto.randomBytes(32).toString("base64url");
  const dbFile = path.join(root, ".coldstart", `e2e-${name}.db`);
  let log = "";
  let pgid = 0;
  let exited = true;

  async function launch(fresh: boolean) {
    const child = spawn(
      path.join(root, "node_modules", ".bin", "tsx"),
      ["scripts/start.ts", ...(fresh ? ["--fresh-db"] : [])],
      {
        cwd: root,
        detached: true, // its own process group
        stdio: ["ignore", "pipe", "pipe"], // pipes: a disk that refuses writes must not break the server's logging
        env: {
          ...process.env,
          PORT: String(port),
          DATABASE_URL: `file:${dbFile}`,
          NEXTAUTH_URL: url,
          NEXTAUTH_SECRET: secret,
          NEXT_TELEMETRY_DISABLED: "1",
          ...env,
        },
      },
    );
    pgid = child.pid!;
    exited = false;
    child.stdout.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr.on("data", (d: Buffer) => (log += d.toString()));
    child.on("exit", () => (exited = true));
    await until(
      `${name} to serve ${url}`,
      async () => {
        if (exited) throw new Error(`server ${name} exited while starting:\n${log}`);
        return fetch(`${url}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
      },
      300_000,
    );
  }

  const server: AppServer = {
    url,
    secret,
    dbFile,
    pids: () => groupPids(pgid),
    refuseWrites() {
      const undo = groupPids(pgid).map((pid) => refuseWrites(pid));
      return () => undo.forEach((u) => u());
    },
    async kill() {
      process.kill(-pgid, "SIGKILL");
      await until(`${name} to die`, () => groupPids(pgid).length === 0, 30_000);
    },
    async stop() {
      if (groupPids(pgid).length === 0) return;
      process.kill(-pgid, "SIGTERM");
      try {
        await until(`${name} to stop`, () => groupPids(pgid).length === 0, 30_000);
      } catch {
        await server.kill();
      }
    },
    restart: () => launch(false),
    output: () => log,
  };
  await launch(true);
  return server;
}
