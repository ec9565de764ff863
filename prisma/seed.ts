// `npm run db:seed` (and Prisma's seed command): the idempotent seed of DATABASE_URL, demo
// accounts only on the embedded SQLite file (scripts/db-prepare.ts).
import path from "node:path";
import { defaultDatabaseUrl } from "@/lib/server/platform/database-url";
import { prepareDatabase } from "@/scripts/db-prepare";

const root = path.resolve(__dirname, "..");
prepareDatabase(root, process.env.DATABASE_URL ?? defaultDatabaseUrl(root), { migrate: false, seed: true })
  .then(({ seed }) => console.log(`seed: ${JSON.stringify(seed)}`))
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
