import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { migrate } from "@/scripts/db-prepare";
import { freshDb, testDbKind } from "@/tests/db";
import { createPrismaClient } from "./prisma";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coldstart-migrate-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// How npm start prepares the embedded file: the SQLite run only (PostgreSQL's runner has its own
// tests, pg-migrations.pg.test.ts).
if (testDbKind() === "sqlite") {
  describe("the embedded SQLite database", () => {
    it("is migrated from scratch into WAL mode, and migrating again is a no-op", () => {
      const file = path.join(dir, "nested", "app.db");
      const before = process.env.DATABASE_URL;
      process.env.DATABASE_URL = `file:${file}`;
      try {
        migrate(process.cwd());
        migrate(process.cwd());
      } finally {
        process.env.DATABASE_URL = before;
      }
      const sqlite = new Database(file, { readonly: true });
      expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
      const applied = sqlite
        .prepare(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`)
        .all();
      expect(applied.length).toBe(
        fs.readdirSync(path.join(process.cwd(), "prisma", "migrations")).filter((d) => /^\d/.test(d)).length,
      );
      sqlite.close();
    });
  });

  describe("connection settings", () => {
    it("uses synchronous=NORMAL (1) on the app's SQLite connection", async () => {
      const { db, cleanup } = freshDb();
      try {
        const rows = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
        expect(Number(rows[0]!.synchronous)).toBe(1);
      } finally {
        await cleanup();
      }
    });
  });
}

describe("the app's Prisma client", () => {
  it("enforces foreign keys", async () => {
    const { db, cleanup } = freshDb();
    try {
      await expect(db.reviewSettings.create({ data: { userId: "no-such-user" } })).rejects.toThrow(
        /Foreign key constraint/i,
      );
      expect(await db.reviewSettings.count()).toBe(0);
    } finally {
      await cleanup();
    }
  });

  it("refuses a URL that is neither SQLite nor PostgreSQL, saying which are", () => {
    expect(() => createPrismaClient("mysql://localhost/db")).toThrow(/file: \(SQLite\) or postgresql:\/\//);
  });
});
