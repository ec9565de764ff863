// `npm start`: migrate, seed, build when the sources changed, then serve the production build.
import fs from "node:fs";
import path from "node:path";
import { spawn, execFileSync } from "node:child_process";
import { parseEnv, EnvError } from "@/lib/server/platform/env";
import { sqlitePath } from "@/lib/server/platform/database-url";
import { createPrismaClient } from "@/lib/server/platform/prisma";
import { seed } from "@/prisma/seed-lib";
import { buildInputsHash } from "./build-hash";
import { buildServerBundle, SERVER_BUNDLE } from "./build-server-bundle";
import { ensurePrismaClient, migrate } from "./db-prepare";
import { prepareEnv } from "./prepare-env";

const root = path.resolve(__dirname, "..");
const log = (msg: string) => console.log(`[coldstart] ${msg}`);
function fail(msg: string): never {
  console.error(`[coldstart] ${msg}`);
  process.exit(1);
}

async function main(): Promise<void> {
  prepareEnv(root);
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
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
  if (process.argv.includes("--fresh-db") && url.startsWith("file:")) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(sqlitePath(url, root) + suffix, { force: true });
    log("removed the old database (--fresh-db)");
  }

  ensurePrismaClient(root);
  log(`migrating ${url.startsWith("file:") ? sqlitePath(url, root) : "database"}`);
  try {
    migrate(root);
  } catch {
    fail(
      `applying migrations failed (Prisma's output is above). If another Coldstart server is using this database, stop it and run npm start again.`,
    );
  }
  const db = createPrismaClient(url);
  const report = await seed(db);
  await db.$disconnect();
  log(`seeded: ${JSON.stringify(report)}`);

  const hashFile = path.join(root, ".next", "coldstart-build-hash");
  const hash = buildInputsHash(root);
  const built =
    fs.existsSync(path.join(root, ".next", "BUILD_ID")) &&
    fs.existsSync(path.join(root, SERVER_BUNDLE)) &&
    fs.existsSync(hashFile) &&
    fs.readFileSync(hashFile, "utf8") === hash;
  if (built) {
    log("production build is up to date");
  } else {
    log("building (next build)…");
    execFileSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
      cwd: root,
      stdio: "inherit",
      env: process.env,
    });
    await buildServerBundle(root);
    fs.writeFileSync(hashFile, hash);
  }

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
