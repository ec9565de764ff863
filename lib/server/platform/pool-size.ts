/**
 * Connections per server process to PostgreSQL when DATABASE_POOL_SIZE is not set (pg's own
 * default). A server runs WEB_CONCURRENCY worker processes, each with its own pool, so one app
 * server opens up to WEB_CONCURRENCY × DATABASE_POOL_SIZE connections (docs/postgresql.md).
 */
export const DEFAULT_POOL_SIZE = 10;
