// `npm run bench:import`: imports a generated 5,000-question GIFT file end to end (read, parse and
// validate the whole file, then one transaction) into a fresh database, and prints the time.
// The target is under 5 s. New questions, options and review items are written with multi-row
// INSERTs (lib/server/platform/bulk-insert.ts); the re-import writes nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseImport } from "@/lib/banks/import";
import { importParsed } from "@/lib/server/authoring/import";
import { createPrismaClient } from "@/lib/server/platform/prisma";
import { migrate } from "./db-prepare";

const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 5000);
const root = path.resolve(__dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coldstart-bench-import-"));

/** A realistic mix: 60% single, 30% multiple with weights, 10% true/false; ids, tags, feedback, categories. */
function giftFile(n: number): string {
  const blocks: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 500 === 0) blocks.push(`$CATEGORY: $course$/top/Lambda/Set ${i / 500 + 1}`);
    const head = `// [id:bench-${i}] [tag:lambda] [tag:set-${i % 7}]\n::Question ${i}::[markdown]`;
    const stem = `A company runs workload ${i} on AWS Lambda behind an SQS queue with a batch size of ${(i % 10) + 1}. The function's concurrency must stay \\= ${100 + i}. What should a solutions architect configure?`;
    if (i % 10 === 9) {
      blocks.push(
        `${head}Workload ${i}: reserved concurrency both caps and guarantees concurrency.{TRUE#It does both.#Right.####Reserved concurrency is a floor and a ceiling.}`,
      );
    } else if (i % 10 >= 6) {
      blocks.push(
        `${head}${stem} (Select TWO.){\n\t~%50%Set reserved concurrency to ${100 + i}#Caps it.\n\t~%50%Set the maximum concurrency of the event source mapping#Limits the poller.\n\t~%-100%Raise the batch size#No effect on the cap.\n\t~%-100%Add provisioned concurrency#A floor, not a cap.\n\t~%-100%Lower the timeout#Unrelated.\n\t####Both settings bound concurrency.\n}`,
      );
    } else {
      blocks.push(
        `${head}${stem}{\n\t=Set reserved concurrency to ${100 + i}#Right: it is a ceiling and a floor.\n\t~Add provisioned concurrency#It keeps environments warm.\n\t~Raise the batch size#It changes batching only.\n\t~Set a maximum event age#An asynchronous setting.\n\t####Reserved concurrency caps the function.\n}`,
      );
    }
  }
  return `${blocks.join("\n\n")}\n`;
}

async function main() {
  const file = path.join(dir, "bench.gift");
  fs.writeFileSync(file, giftFile(QUESTIONS));
  const url = `file:${path.join(dir, "bench.db")}`;
  process.env.DATABASE_URL = url;
  migrate(root);
  const db = createPrismaClient(url);
  const owner = await db.user.create({ data: { email: "bench@example.com", role: "INSTRUCTOR" } });
  const bank = await db.questionBank.create({ data: { title: "Bench", ownerId: owner.id } });
  const bytes = fs.statSync(file).size;

  const t0 = performance.now();
  const text = fs.readFileSync(file, "utf8");
  const parsed = parseImport(text, "gift");
  const t1 = performance.now();
  const report = await importParsed(db, bank.id, parsed, new Date());
  const t2 = performance.now();
  const again = await importParsed(db, bank.id, parseImport(fs.readFileSync(file, "utf8"), "gift"), new Date());
  const t3 = performance.now();
  const [questions, options, items] = await Promise.all([
    db.question.count(),
    db.questionOption.count(),
    db.reviewItem.count(),
  ]);
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });

  const total = (t2 - t0) / 1000;
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  console.log(`bench:import: ${QUESTIONS} GIFT questions, ${(bytes / 1024 / 1024).toFixed(2)} MB, SQLite`);
  console.log(
    `  machine: ${os.cpus().length} cores, load average at the end ${load} (figures above ~1 per core are not the quiet figure)`,
  );
  console.log(`  read + parse + validate the whole file  ${(t1 - t0).toFixed(0)} ms (${parsed.errors.length} errors)`);
  console.log(`  import in one transaction               ${(t2 - t1).toFixed(0)} ms (${report.created} created)`);
  console.log(`  end to end                              ${total.toFixed(2)} s`);
  console.log(
    `  re-import of the same file              ${((t3 - t2) / 1000).toFixed(2)} s (${again.created} created, ${again.unchanged} unchanged)`,
  );
  console.log(`  rows: ${questions} questions, ${options} options, ${items} review items`);
  console.log(`  target < 5 s end to end: ${total < 5 ? "met" : "NOT met"}`);
  if (report.created !== QUESTIONS || again.created !== 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
