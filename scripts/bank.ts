// `npm run --silent bank -- validate|import|export …`: question banks from the command line,
// with the same code as the authoring pages (lib/server/authoring/cli.ts has the contract).
import { readFileSync } from "node:fs";
import { defaultDatabaseUrl } from "@/lib/server/platform/database-url";
import { createPrismaClient, type PrismaClient } from "@/lib/server/platform/prisma";
import { runBankCli } from "@/lib/server/authoring/cli";

let db: PrismaClient | null = null;
runBankCli(process.argv.slice(2), {
  db: () => (db ??= createPrismaClient(process.env.DATABASE_URL ?? defaultDatabaseUrl())),
  readFile: (file) => readFileSync(file, "utf8"),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  now: new Date(),
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 2;
  })
  .finally(() => void db?.$disconnect());
