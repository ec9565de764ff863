import { createPrismaClient } from "@/lib/server/platform/prisma";
import { defaultDatabaseUrl } from "@/lib/server/platform/database-url";
import { demoAccountsWanted } from "@/lib/server/auth/demo-accounts";
import { seed } from "./seed-lib";

const url = process.env.DATABASE_URL ?? defaultDatabaseUrl();
const db = createPrismaClient(url);
seed(db, new Date(), { demo: demoAccountsWanted({ ...process.env, DATABASE_URL: url }) })
  .then((report) => console.log(`seed: ${JSON.stringify(report)}`))
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => void db.$disconnect());
