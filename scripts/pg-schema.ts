import fs from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = path.join("prisma", "schema.prisma");
export const PG_SCHEMA = path.join("prisma", "postgresql", "schema.prisma");
export const SQLITE_MIGRATIONS = path.join("prisma", "migrations");
export const PG_MIGRATIONS = path.join("prisma", "postgresql", "migrations");
export const PG_CONFIG = path.join("prisma", "postgresql", "prisma.config.ts");

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:pg-migrations\`: do not edit by hand.
// The PostgreSQL twin of the schema: the models the committed PostgreSQL migrations produce, and
// the input of the PostgreSQL Prisma client (docs/postgresql.md).

`;

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(
    new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"),
  );
  if (matches?.length !== 1) throw new Error(`prisma/schema.prisma: expected exactly one ${what}`);
  return text.replace(pattern, replacement);
}

/**
 * The PostgreSQL twin of the SQLite schema: the same models with the postgresql provider, and
 * the generated client written beside the SQLite one (lib/generated/prisma-postgresql).
 */
export function postgresSchemaOf(sqliteSchema: string): string {
  let s = replaceOnce(sqliteSchema, /provider\s*=\s*"sqlite"/, 'provider = "postgresql"', 'provider = "sqlite"');
  s = replaceOnce(
    s,
    /output(\s*)=\s*"\.\.\/lib\/generated\/prisma"/,
    'output$1= "../../lib/generated/prisma-postgresql"',
    'generator output "../lib/generated/prisma"',
  );
  return HEADER + s;
}

/**
 * The SQLite schema a twin was made from (postgresSchemaOf undone): the schema the migrations so
 * far produce, from which `db:pg-migrations --name` diffs a new SQLite migration.
 */
export function sqliteSchemaOf(twin: string): string {
  if (!twin.startsWith(HEADER))
    throw new Error("prisma/postgresql/schema.prisma: not a generated twin (header missing)");
  let s = replaceOnce(
    twin.slice(HEADER.length),
    /provider\s*=\s*"postgresql"/,
    'provider = "sqlite"',
    'provider = "postgresql"',
  );
  s = replaceOnce(
    s,
    /output(\s*)=\s*"\.\.\/\.\.\/lib\/generated\/prisma-postgresql"/,
    'output$1= "../lib/generated/prisma"',
    'generator output "../../lib/generated/prisma-postgresql"',
  );
  return s;
}

/** Migration folder names in the order they apply (a timestamp first, as Prisma names them). */
export function migrationNames(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d/.test(e.name))
    .map((e) => e.name)
    .sort();
}
