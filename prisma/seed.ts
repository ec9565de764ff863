import { createPrismaClient } from "@/lib/server/platform/prisma";
import { defaultDatabaseUrl } from "@/lib/server/platform/database-url";
import { seed } from "./seed-lib";

const db = createPrismaClient(process.env.DATABASE_URL ?? defaultDatabaseUrl());
seed(db)
  .then((report) => console.log(`seed: ${JSON.stringify(report)}`))
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => void db.$disconnect());
