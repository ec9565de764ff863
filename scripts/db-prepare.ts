import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { sqlitePath } from "@/lib/server/platform/database-url";

/** Applies committed migrations to DATABASE_URL and switches a SQLite file to WAL mode. */
export function migrate(root: string): void {
  const url = process.env.DATABASE_URL!;
  if (url.startsWith("file:")) fs.mkdirSync(path.dirname(sqlitePath(url, root)), { recursive: true });
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: process.env,
  });
  if (url.startsWith("file:")) {
    const sqlite = new Database(sqlitePath(url, root));
    sqlite.pragma("journal_mode = WAL"); // persistent: stored in the database file
    sqlite.close();
  }
}

/** Generates the Prisma client when it is missing (postinstall normally does it). */
export function ensurePrismaClient(root: string): void {
  if (fs.existsSync(path.join(root, "lib", "generated", "prisma", "client.ts"))) return;
  execFileSync(path.join(root, "node_modules", ".bin", "prisma"), ["generate"], { cwd: root, stdio: "inherit" });
}
