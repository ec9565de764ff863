// The PostgreSQL side of the schema, checked without a server: the twin schema that generates the
// PostgreSQL client is prisma/schema.prisma's, and every SQLite migration has its PostgreSQL
// counterpart of the same name (scripts/db-pg-migrations.ts makes both). The PostgreSQL run
// compares what the two histories produce (schema-drift.pg.test.ts).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMigrations } from "@/lib/server/platform/pg-migrations";
import {
  migrationNames,
  PG_MIGRATIONS,
  PG_SCHEMA,
  postgresSchemaOf,
  SQLITE_MIGRATIONS,
  SQLITE_SCHEMA,
  sqliteSchemaOf,
} from "@/scripts/pg-schema";

const root = process.cwd();
const read = (p: string) => fs.readFileSync(path.join(root, p), "utf8");
const FIX = "run `npm run db:pg-migrations` (docs/postgresql.md, Changing the schema)";

describe("the PostgreSQL twin of the schema", () => {
  it("is prisma/schema.prisma with the postgresql provider", () => {
    expect(read(PG_SCHEMA), `prisma/postgresql/schema.prisma is out of date: ${FIX}`).toBe(
      postgresSchemaOf(read(SQLITE_SCHEMA)),
    );
  });

  it("gives back the SQLite schema it was made from (what db:pg-migrations --name diffs from)", () => {
    expect(sqliteSchemaOf(read(PG_SCHEMA))).toBe(read(SQLITE_SCHEMA));
    expect(() => sqliteSchemaOf(read(SQLITE_SCHEMA))).toThrow(/not a generated twin/);
  });

  it("refuses a schema whose provider or client output it does not recognise", () => {
    const schema = read(SQLITE_SCHEMA);
    expect(() => postgresSchemaOf(schema.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/sqlite/);
    expect(() => postgresSchemaOf(schema.replace("../lib/generated/prisma", "../out"))).toThrow(/generator output/);
  });
});

describe("the PostgreSQL migrations", () => {
  it("have the same names as the SQLite migrations, one for one", () => {
    const sqlite = migrationNames(path.join(root, SQLITE_MIGRATIONS));
    expect(sqlite.length).toBeGreaterThan(0);
    expect(
      migrationNames(path.join(root, PG_MIGRATIONS)),
      `a migration lacks its PostgreSQL counterpart: ${FIX}`,
    ).toEqual(sqlite);
  });

  it("leave transactions to the runner (it applies each migration in one)", () => {
    for (const m of readMigrations(path.join(root, PG_MIGRATIONS))) {
      expect(m.sql, m.name).not.toMatch(/^\s*(BEGIN|COMMIT|ROLLBACK)\s*;/im);
    }
  });
});
