import "server-only";
import { env } from "./env";
import { createPrismaClient, type PrismaClient } from "./prisma";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The process-wide Prisma client: a connection, not per-user state. */
export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(env().DATABASE_URL);
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
