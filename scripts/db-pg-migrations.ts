// `npm run db:pg-migrations [-- --name <name>]`: gives every SQLite migration its PostgreSQL
// counterpart (docs/postgresql.md, Changing the schema):
//   - the PostgreSQL SQL is `prisma migrate diff` from the committed PostgreSQL twin of the schema
//     (prisma/postgresql/schema.prisma: what the migrations so far produce) to the twin of the
//     current prisma/schema.prisma, saved under the same folder name in prisma/postgresql/migrations/;
//   - then the twin is rewritten and the PostgreSQL client regenerated.
// With `--name <name>` and no SQLite migration waiting, it writes the SQLite migration too (diffed
// from the schema the twin was made from), so one command makes both; it may be empty when only
// PostgreSQL sees the change (a new enum value: SQLite stores enums as text).
// When several SQLite migrations lack a counterpart (two branches merged), one diff covers them:
// it goes into the last of them (so it applies after every migration it may build on) and the
// others say where their part is.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import {
  migrationNames,
  PG_CONFIG,
  PG_MIGRATIONS,
  PG_SCHEMA,
  postgresSchemaOf,
  SQLITE_MIGRATIONS,
  SQLITE_SCHEMA,
  sqliteSchemaOf,
} from "./pg-schema";

const root = path.resolve(__dirname, "..");
const prisma = path.join(root, "node_modules", ".bin", "prisma");
const log = (msg: string) => console.log(`[db:pg-migrations] ${msg}`);
function fail(msg: string): never {
  console.error(`[db:pg-migrations] ${msg}`);
  process.exit(1);
}

function prismaCli(args: string[], env: Record<string, string> = {}): string {
  return execFileSync(prisma, args, {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...env },
  });
}

/**
 * A PostgreSQL server for `migrate diff`: between two datamodels it changes nothing, but Prisma's
 * schema engine still connects through the adapter to read the server's version.
 */
function postgresUrl(): string {
  for (const url of [process.env.DATABASE_URL, process.env.COLDSTART_POSTGRES_URL]) {
    if (url && /^postgres(ql)?:\/\//.test(url)) return url;
  }
  fail(
    "needs a PostgreSQL server (Prisma's migrate diff reads its version; nothing is written): " +
      "set COLDSTART_POSTGRES_URL, e.g. postgresql://coldstart:coldstart@127.0.0.1:5432/postgres (docs/postgresql.md)",
  );
}

/** The PostgreSQL DDL from one twin schema to another. */
function postgresDiff(fromSchema: string | null, toSchema: string): string {
  const from = fromSchema === null ? ["--from-empty"] : ["--from-schema-datamodel", fromSchema];
  const sql = prismaCli(
    ["migrate", "diff", "--config", PG_CONFIG, ...from, "--to-schema-datamodel", toSchema, "--script"],
    { DATABASE_URL: postgresUrl() },
  );
  // The runner wraps each migration in a transaction; Prisma's own BEGIN/COMMIT (around enum
  // rewrites) would end it early.
  return sql
    .split("\n")
    .filter((l) => !/^\s*(BEGIN|COMMIT);\s*$/i.test(l))
    .join("\n");
}

/** The SQLite DDL from one schema to another (the CLI opens, and may create, a scratch file). */
function sqliteDiff(fromSchema: string, toSchema: string, tmp: string): string {
  return prismaCli(
    ["migrate", "diff", "--from-schema-datamodel", fromSchema, "--to-schema-datamodel", toSchema, "--script"],
    { DATABASE_URL: `file:${path.join(tmp, "scratch.db")}` },
  );
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function main(): void {
  const nameArg = process.argv.indexOf("--name");
  const newName = nameArg >= 0 ? process.argv[nameArg + 1] : undefined;
  if (nameArg >= 0 && !/^[a-z0-9_]+$/.test(newName ?? ""))
    fail("--name takes a name of lower-case letters, digits and _");

  const sqlite = migrationNames(path.join(root, SQLITE_MIGRATIONS));
  const pg = migrationNames(path.join(root, PG_MIGRATIONS));
  const orphans = pg.filter((n) => !sqlite.includes(n));
  if (orphans.length > 0)
    fail(`PostgreSQL migrations without a SQLite migration of the same name: ${orphans.join(", ")}`);
  const missing = sqlite.filter((n) => !pg.includes(n));

  const twinFile = path.join(root, PG_SCHEMA);
  const twin = fs.existsSync(twinFile) ? fs.readFileSync(twinFile, "utf8") : null;
  const target = postgresSchemaOf(fs.readFileSync(path.join(root, SQLITE_SCHEMA), "utf8"));
  if (missing.length === 0 && twin === target) {
    return log("every SQLite migration has its PostgreSQL counterpart; nothing to do");
  }
  postgresUrl(); // fail before writing anything when no server is named
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "coldstart-pg-migrations-"));
  try {
    if (missing.length === 0) {
      if (!newName || twin === null) {
        fail(
          "prisma/schema.prisma changed but no SQLite migration is waiting for its PostgreSQL counterpart: " +
            "run again with --name <name> to write both migrations, or add the SQLite migration yourself first.",
        );
      }
      const name = `${timestamp(new Date())}_${newName}`;
      if (sqlite.length > 0 && name <= sqlite[sqlite.length - 1]!) fail(`${name} would sort before ${sqlite.at(-1)}`);
      const before = path.join(tmp, "before.prisma");
      fs.writeFileSync(before, sqliteSchemaOf(twin));
      const sql = sqliteDiff(before, path.join(root, SQLITE_SCHEMA), tmp);
      fs.mkdirSync(path.join(root, SQLITE_MIGRATIONS, name));
      fs.writeFileSync(
        path.join(root, SQLITE_MIGRATIONS, name, "migration.sql"),
        sql.trim()
          ? sql
          : "-- No change on SQLite (enums are stored as text); the PostgreSQL migration of the same name has the DDL.\n",
      );
      log(`wrote ${path.join(SQLITE_MIGRATIONS, name, "migration.sql")}`);
      missing.push(name);
    }

    const targetFile = path.join(tmp, "schema.prisma");
    fs.writeFileSync(targetFile, target);
    let fromFile: string | null = null;
    if (twin !== null) {
      fromFile = path.join(tmp, "from.prisma");
      fs.writeFileSync(fromFile, twin);
    }
    const sql = postgresDiff(fromFile, targetFile);
    const last = missing[missing.length - 1]!;
    for (const name of missing) {
      const body =
        name === last
          ? sql.trim()
            ? sql
            : "-- This migration changes nothing on PostgreSQL.\n"
          : `-- The PostgreSQL part of this migration is in ${last}: both lacked their PostgreSQL migration when it was generated.\n`;
      fs.mkdirSync(path.join(root, PG_MIGRATIONS, name), { recursive: true });
      fs.writeFileSync(path.join(root, PG_MIGRATIONS, name, "migration.sql"), body);
      log(`wrote ${path.join(PG_MIGRATIONS, name, "migration.sql")}`);
    }
    fs.writeFileSync(twinFile, target);
    log(`wrote ${PG_SCHEMA}; regenerating the PostgreSQL client`);
    prismaCli(["generate", "--config", PG_CONFIG]);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
