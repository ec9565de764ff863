import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/client/runtime/client";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * Prisma's better-sqlite3 driver adapter, made to survive a failed COMMIT. When SQLite refuses a
 * COMMIT (a disk I/O error, a full disk, a lock), Prisma 6.19's adapter neither rolls the
 * connection back nor releases its transaction lock, so every later interactive transaction on
 * that client waits forever (prisma/orm#29933; fix proposed in prisma/orm#29955, not released).
 * Here a failed COMMIT rolls back what SQLite still holds and releases the lock before the error
 * goes on, so the app carries on once the database takes writes again. Remove when Prisma ships
 * the fix (review-store.test.ts "refuses writes" holds it).
 */
export function sqliteAdapter(config: { url: string; timeout: number }): SqlDriverAdapterFactory {
  const inner = new PrismaBetterSQLite3(config);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect();
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) => recovering(await startTransaction(isolationLevel));
      return adapter;
    },
  };
}

function recovering(tx: Transaction): Transaction {
  const executeRaw = tx.executeRaw.bind(tx);
  tx.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (e) {
      if (query.sql === "COMMIT") {
        // SQLite may have rolled back already ("no transaction is active"): nothing to undo then.
        await executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => 0);
        await tx.rollback(); // releases the adapter's transaction lock; Prisma will not call it now
      }
      throw e;
    }
  };
  return tx;
}
