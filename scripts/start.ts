// `npm start`: migrate, seed, build when the sources changed, then serve the production build.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { parseEnv, EnvError } from "@/lib/server/platform/env";
import { databaseKind, redactUrl, sqlitePath } from "@/lib/server/platform/database-url";
import { MigrationError } from "@/lib/server/platform/pg-migrations";
import { ensureBuilt } from "./build";
import { ensurePrismaClient, prepareDatabase } from "./db-prepare";
import { prepareEnv } from "./prepare-env";

const root = path.resolve(__dirname, "..");
const log = (msg: string) => console.log(`[coldstart] ${msg}`);
function fail(msg: string): never {
  console.error(`[coldstart] ${msg}`);
  process.exit(1);
}

async function main(): Promise<void> {
  prepareEnv(root);
  try {
    parseEnv(process.env);
  } catch (e) {
    if (e instanceof EnvError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }

  const url = process.env.DATABASE_URL!;
  const kind = databaseKind(url);
  if (process.argv.includes("--fresh-db")) {
    if (kind !== "sqlite")
      fail("--fresh-db removes the SQLite file; for PostgreSQL, point DATABASE_URL at a new database");
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(sqlitePath(url, root) + suffix, { force: true });
    log("removed the old database (--fresh-db)");
  }

  ensurePrismaClient(root);
  log(`migrating ${redactUrl(url)}`);
  try {
    const { migrations, seed } = await prepareDatabase(root, url, { migrate: true, seed: true });
    if (migrations) {
      log(migrations.applied.length ? `applied ${migrations.applied.join(", ")}` : "no pending migrations");
      if (migrations.unknown.length)
        log(`the database has migrations this release does not know: ${migrations.unknown.join(", ")}`);
    }
    log(`seeded: ${JSON.stringify(seed)}`);
  } catch (e) {
    if (e instanceof MigrationError) fail(e.message);
    if (kind === "sqlite" && e instanceof Error && "status" in e) {
      fail(
        `applying migrations failed (Prisma's output is above). If another Coldstart server is using this database, stop it and run npm start again.`,
      );
    }
    throw e;
  }

  await ensureBuilt(root);

  // COLDSTART_NODE_ARGS passes flags to the server's Node (e.g. --cpu-prof when profiling).
  const nodeArgs = (process.env.COLDSTART_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, path.join(root, "scripts", "server.mjs")], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
