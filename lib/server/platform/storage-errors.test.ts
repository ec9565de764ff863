// sqlite-only: real SQLite errors (read-only file, full disk, locks) and their mapping to 503.
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import { whileWritesRefused } from "@/tests/refused-writes";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "./errors";
import { sqlitePath } from "./database-url";
import type { PrismaClient as Client } from "./prisma";
import { sqliteAdapter } from "./sqlite-adapter";
import { BUSY, CANNOT_SAVE, storageUnavailable } from "./storage-errors";

// Each error here is a real one, from SQLite or Prisma, in the condition it names.
let db: Client;
let file: string;
let cleanup: () => Promise<void>;
beforeEach(() => {
  let url: string;
  ({ db, url, cleanup } = freshDb());
  file = sqlitePath(url);
});
afterEach(() => cleanup());

const caught = async (fn: () => unknown) => {
  try {
    await fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected an error");
};
const big = (n: number) => ({ email: `u${n}@example.com`, name: "x".repeat(3000) });
const pageCount = async (c: Client) =>
  Number((await c.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count"))[0]!.page_count);

describe("storageUnavailable", () => {
  it("maps a full database, from better-sqlite3 and from Prisma, to a 503 that says nothing was saved", async () => {
    const raw = new Database(file);
    raw.pragma(`max_page_count = ${raw.pragma("page_count", { simple: true }) as number}`);
    const rawError = await caught(() => {
      for (let i = 0; ; i++)
        raw
          .prepare(`INSERT INTO "User" ("id", "email", "name") VALUES (?, ?, ?)`)
          .run(`r${i}`, `r${i}@x`, "x".repeat(3000));
    });
    raw.close();
    await db.$executeRawUnsafe(`PRAGMA max_page_count = ${await pageCount(db)}`);
    const prismaError = await caught(async () => {
      for (let i = 0; ; i++) await db.user.create({ data: big(i) });
    });
    for (const e of [rawError, prismaError]) {
      expect((e as { code: string }).code).toBe("SQLITE_FULL");
      expect(storageUnavailable(e)).toEqual(new AppError(503, CANNOT_SAVE, undefined, { "Retry-After": "5" }));
    }
  });

  it("maps a read-only database and a disk that refuses writes, inside and outside transactions", async () => {
    const readOnly = new Database(file, { readonly: true });
    const rawError = await caught(() => readOnly.prepare(`DELETE FROM "User"`).run());
    readOnly.close();
    await db.$executeRawUnsafe("PRAGMA query_only = 1");
    const prismaError = await caught(() => db.$transaction(async (tx) => tx.user.create({ data: big(1) })));
    await db.$executeRawUnsafe("PRAGMA query_only = 0");
    const diskError = await whileWritesRefused(() => caught(() => db.user.create({ data: big(2) })));
    expect([rawError, prismaError, diskError].map((e) => (e as { code: string }).code)).toEqual([
      "SQLITE_READONLY",
      "SQLITE_READONLY",
      "SQLITE_IOERR_WRITE",
    ]);
    for (const e of [rawError, prismaError, diskError])
      expect(storageUnavailable(e)).toMatchObject({ status: 503, message: CANNOT_SAVE });
    // Once writable, the same client writes again.
    expect(await db.user.create({ data: big(3), select: { email: true } })).toEqual({ email: "u3@example.com" });
  });

  it("maps Prisma giving up on another writer's lock to a 503 'busy'", async () => {
    const impatient = new PrismaClient({ adapter: sqliteAdapter({ url: `file:${file}`, timeout: 50 }) });
    const locker = new Database(file);
    locker.exec("BEGIN IMMEDIATE");
    try {
      const e = await caught(() => impatient.user.create({ data: big(4) }));
      expect(storageUnavailable(e)).toEqual(new AppError(503, BUSY, undefined, { "Retry-After": "1" }));
    } finally {
      locker.exec("ROLLBACK");
      locker.close();
      await impatient.$disconnect();
    }
  });

  it("leaves every other error alone", async () => {
    await db.user.create({ data: big(5) });
    const duplicate = await caught(() => db.user.create({ data: big(5) }));
    expect((duplicate as { code: string }).code).toBe("P2002");
    for (const e of [duplicate, new TypeError("a bug"), new AppError(409, "conflict"), null, "SQLITE_FULL"]) {
      expect(storageUnavailable(e)).toBeNull();
    }
  });
});
