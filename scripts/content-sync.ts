// `npm run content:sync`: validate the concept cards and sync them (and their review items) into the database.
import { loadCards } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { defaultDatabaseUrl } from "@/lib/server/platform/database-url";
import { createPrismaClient } from "@/lib/server/platform/prisma";

async function main() {
  const cards = loadCards();
  const db = createPrismaClient(process.env.DATABASE_URL ?? defaultDatabaseUrl());
  try {
    const report = await syncContent(db, cards, new Date());
    console.log(`content sync: ${cards.length} cards`, JSON.stringify(report));
  } finally {
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
