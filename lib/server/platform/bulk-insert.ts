import { Prisma } from "@/lib/generated/prisma/client";

/** A column value as Prisma's own writes pass it to the driver adapter. */
export type BulkValue = string | number | boolean | Date | null;

/**
 * The fewest bind parameters any supported database accepts in one statement: SQLite's
 * SQLITE_MAX_VARIABLE_NUMBER (32766 since 3.32) is below PostgreSQL's 65535.
 */
export const MAX_BIND_PARAMETERS = 32766;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Inserts rows with multi-row INSERTs through Prisma's raw API, inside the caller's transaction:
 * the bulk path for thousands of rows (an import of a 5,000-question file). `createMany` spends
 * about a millisecond of CPU per row in Prisma 6.19's query compiler (JS engine), so the same
 * rows took ~10 s; here the values only pass through the driver adapter, which maps them exactly
 * as for Prisma's writes (Date → the adapter's timestamp text, boolean → 1/0 on SQLite), so the
 * stored rows are the same (bulk-insert.test.ts compares them with createMany's on both databases).
 *
 * Unlike createMany, nothing is filled in: every row must give every column, including ids
 * (`@default(cuid())`), `@updatedAt` and columns with defaults. Enum values are plain strings: an
 * untyped parameter takes the column's type on PostgreSQL (an enum) and is text on SQLite.
 * Unqualified table names resolve on PostgreSQL through the search_path that createPrismaClient
 * sets to Prisma's schema.
 */
export async function insertRows(
  tx: Prisma.TransactionClient,
  table: string,
  rows: readonly Record<string, BulkValue>[],
  maxParameters = MAX_BIND_PARAMETERS,
): Promise<number> {
  const first = rows[0];
  if (!first) return 0;
  const columns = Object.keys(first);
  for (const name of [table, ...columns]) {
    if (!IDENTIFIER.test(name)) throw new Error(`insertRows: not a plain identifier: ${JSON.stringify(name)}`);
  }
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES `);
  const perStatement = Math.max(1, Math.floor(maxParameters / columns.length));
  let inserted = 0;
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows.slice(start, start + perStatement).map((row) => {
      if (Object.keys(row).length !== columns.length) throw new Error(`insertRows: rows of ${table} differ in columns`);
      return Prisma.sql`(${Prisma.join(
        columns.map((c) => {
          const v = row[c];
          // undefined would mean "the default" to createMany; here it would be a silent NULL.
          if (v === undefined) throw new Error(`insertRows: ${table}.${c} is missing`);
          return v;
        }),
      )})`;
    });
    inserted += await tx.$executeRaw`${head}${Prisma.join(values)}`;
  }
  return inserted;
}
