import "server-only";
import { env } from "./env";
import { createPrismaClient, type PrismaClient } from "./prisma";

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

/** The process-wide Prisma client: a connection, not per-user state. */
export const db: PrismaClient =
  globalForDb.prisma ?? createPrismaClient(env().DATABASE_URL, { poolSize: env().DATABASE_POOL_SIZE });
if (process.env.NODE_ENV !== "production") globalForDb.prisma = db;
