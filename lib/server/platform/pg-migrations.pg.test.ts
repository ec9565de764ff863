// The PostgreSQL migration runner against a real server (the PostgreSQL run only).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { newSchemaUrl } from "@/tests/postgres-schemas";
import { postgresTarget } from "./database-url";
import { checksumOf, migratePostgres, MIGRATIONS_TABLE, MigrationError } from "./pg-migrations";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "coldstart-runner-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let dir: string;
let url: string;
let schema: string;
let client: pg.Client;

function write(name: string, sql: string) {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
}
const tables = async () =>
  (
    await client.query<{ t: string }>(
      `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`,
      [schema],
    )
  ).rows.map((r) => r.t);
const recorded = async () =>
  (
    await client.query<{ name: string; checksum: string }>(
      `SELECT name, checksum FROM "${schema}"."${MIGRATIONS_TABLE}" ORDER BY name`,
    )
  ).rows;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(tmp, "m-"));
  url = newSchemaUrl("runner");
  schema = postgresTarget(url).schema;
  client = new pg.Client({ connectionString: postgresTarget(url).connectionString });
  await client.connect();
  write("20260101000000_first", `CREATE TABLE "A" (id TEXT PRIMARY KEY);`);
  write("20260102000000_second", `CREATE TABLE "B" (id TEXT PRIMARY KEY);\nALTER TABLE "A" ADD COLUMN note TEXT;`);
});
afterEach(() => client.end());

describe("the PostgreSQL migration runner", () => {
  it("applies the migrations in order, records each with its checksum, and a second run applies nothing", async () => {
    expect(await migratePostgres(url, dir)).toEqual({
      applied: ["20260101000000_first", "20260102000000_second"],
      unknown: [],
    });
    expect(await tables()).toEqual(["A", "B", MIGRATIONS_TABLE]);
    expect(await recorded()).toEqual([
      { name: "20260101000000_first", checksum: checksumOf(`CREATE TABLE "A" (id TEXT PRIMARY KEY);`) },
      expect.objectContaining({ name: "20260102000000_second" }),
    ]);
    expect(await migratePostgres(url, dir)).toEqual({ applied: [], unknown: [] });
    write("20260103000000_third", `CREATE TABLE "C" (id TEXT PRIMARY KEY);`);
    expect((await migratePostgres(url, dir)).applied).toEqual(["20260103000000_third"]);
  });

  it("rolls a failing migration back whole, keeps the ones before it, and applies it once fixed", async () => {
    write("20260103000000_broken", `CREATE TABLE "C" (id TEXT PRIMARY KEY);\nALTER TABLE "Missing" ADD COLUMN x TEXT;`);
    const error = await migratePostgres(url, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/20260103000000_broken failed and was rolled back: .*"Missing"/);
    expect(await tables()).toEqual(["A", "B", MIGRATIONS_TABLE]); // no "C": its transaction rolled back
    expect((await recorded()).map((r) => r.name)).toEqual(["20260101000000_first", "20260102000000_second"]);
    write("20260103000000_broken", `CREATE TABLE "C" (id TEXT PRIMARY KEY);`);
    expect((await migratePostgres(url, dir)).applied).toEqual(["20260103000000_broken"]);
  });

  it("refuses to run at all when an applied migration's file changed, naming it", async () => {
    await migratePostgres(url, dir);
    write("20260101000000_first", `CREATE TABLE "A" (id TEXT PRIMARY KEY, extra TEXT);`);
    write("20260103000000_third", `CREATE TABLE "C" (id TEXT PRIMARY KEY);`);
    await expect(migratePostgres(url, dir)).rejects.toThrow(/refusing to migrate: 20260101000000_first changed/);
    expect(await tables()).not.toContain("C"); // the pending migration did not run either
  });

  it("treats a file checked out with CRLF line endings as unchanged", async () => {
    await migratePostgres(url, dir);
    write("20260102000000_second", `CREATE TABLE "B" (id TEXT PRIMARY KEY);\r\nALTER TABLE "A" ADD COLUMN note TEXT;`);
    expect(await migratePostgres(url, dir)).toEqual({ applied: [], unknown: [] });
  });

  it("reports migrations the database has and this release does not know", async () => {
    await migratePostgres(url, dir);
    fs.rmSync(path.join(dir, "20260102000000_second"), { recursive: true });
    expect(await migratePostgres(url, dir)).toEqual({ applied: [], unknown: ["20260102000000_second"] });
  });

  it("lets servers that start together take turns: each migration is applied once", async () => {
    const results = await Promise.all([
      migratePostgres(url, dir),
      migratePostgres(url, dir),
      migratePostgres(url, dir),
    ]);
    expect(results.flatMap((r) => r.applied).sort()).toEqual(["20260101000000_first", "20260102000000_second"]);
    expect(await recorded()).toHaveLength(2);
  });

  it("names the server it cannot reach, never the password", async () => {
    const unreachable = "postgresql://someone:s3cret-pw@127.0.0.1:1/nowhere";
    const error = await migratePostgres(unreachable, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/cannot connect to PostgreSQL at 127\.0\.0\.1:1\/nowhere/);
    expect((error as Error).message).not.toContain("s3cret-pw");
  });
});
