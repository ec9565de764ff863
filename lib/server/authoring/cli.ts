import { parseArgs } from "node:util";
import type { PrismaClient } from "../platform/prisma";
import { AppError } from "../platform/errors";
import { detectFormat, parseImport, summarize } from "@/lib/banks/import";
import { IMPORT_FORMATS, type ImportFormat } from "@/lib/banks/import-types";
import { EXPORT_FORMATS } from "@/lib/validations/authoring";
import { exportBank, exportMisconceptionsAnki } from "./export";
import { importParsed } from "./import";

export const USAGE = `usage:
  npm run --silent bank -- validate FILE [--format gift|aiken|json]
  npm run --silent bank -- import FILE --bank "Name" [--owner EMAIL] [--format gift|aiken|json]
  npm run --silent bank -- export --bank "Name" --format gift|json|anki
  npm run --silent bank -- export --misconceptions --format anki`;

export type CliIo = {
  /** The database; opened only by commands that need one. */
  db: () => PrismaClient;
  readFile: (path: string) => string;
  out: (text: string) => void;
  err: (text: string) => void;
  now: Date;
};

class CliError extends Error {}
const json = (v: unknown) => `${JSON.stringify(v)}\n`;

function formatOf(file: string, text: string, given: string | undefined): ImportFormat {
  if (given === undefined) return detectFormat(file, text);
  if (!(IMPORT_FORMATS as readonly string[]).includes(given))
    throw new CliError(`--format must be one of ${IMPORT_FORMATS.join(", ")}`);
  return given as ImportFormat;
}

async function findBank(db: PrismaClient, title: string) {
  const banks = await db.questionBank.findMany({
    where: { title, archivedAt: null },
    select: { id: true, title: true, description: true },
  });
  if (banks.length > 1) throw new CliError(`${banks.length} banks are called "${title}"; rename one first`);
  return banks[0] ?? null;
}

/**
 * The bank CLI (scripts/bank.ts). validate prints {"questions", "byType", "skipped"} and exits 0,
 * or {"errors": [{line, message}]} and exits 1; import adds the file to the named bank (created if
 * missing) in one transaction; export prints the bank in the chosen format. Format warnings (the
 * rules a bank must meet to be published) go to stderr so stdout stays the contract's JSON.
 */
export async function runBankCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        bank: { type: "string" },
        format: { type: "string" },
        owner: { type: "string" },
        misconceptions: { type: "boolean" },
      },
    });
    const [command, file, ...extra] = positionals;
    if (extra.length) throw new CliError(`unexpected argument ${extra[0]}`);
    if (command === "validate" || command === "import") {
      if (!file) throw new CliError(`${command} needs a FILE`);
      const text = io.readFile(file);
      const result = parseImport(text, formatOf(file, text, values.format));
      if (result.errors.length) {
        io.out(json({ errors: result.errors }));
        return 1;
      }
      for (const q of result.questions)
        for (const w of q.warnings) io.err(`line ${q.line}: ${w.path}: ${w.message} (fix before publishing)\n`);
      if (command === "validate") {
        io.out(json(summarize(result)));
        return 0;
      }
      if (!values.bank) throw new CliError('import needs --bank "Name"');
      const db = io.db();
      const bank =
        (await findBank(db, values.bank)) ??
        (await createOwnedBank(db, values.bank, values.owner, result.bank?.description));
      const report = await importParsed(db, bank.id, result, io.now);
      io.out(json({ bank: bank.title, ...report }));
      return 0;
    }
    if (command === "export") {
      if (file) throw new CliError(`unexpected argument ${file}`);
      if (values.misconceptions) {
        if (values.format !== "anki") throw new CliError("--misconceptions exports --format anki");
        io.out(exportMisconceptionsAnki().text);
        return 0;
      }
      if (!values.bank) throw new CliError('export needs --bank "Name"');
      const format = EXPORT_FORMATS.find((f) => f === values.format);
      if (!format) throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(", ")}`);
      const db = io.db();
      const bank = await findBank(db, values.bank);
      if (!bank) throw new CliError(`no bank is called "${values.bank}"`);
      io.out((await exportBank(db, bank, format)).text);
      return 0;
    }
    throw new CliError(command ? `unknown command ${command}` : "no command given");
  } catch (e) {
    if (e instanceof AppError && e.issues) {
      io.out(
        json({ errors: e.issues.map((i) => ({ line: Number(i.path.replace("line ", "")), message: i.message })) }),
      );
      return 1;
    }
    const known =
      e instanceof CliError ||
      (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") ||
      (e as { code?: string }).code === "ENOENT";
    if (!known) throw e;
    io.err(`${(e as Error).message}\n${e instanceof CliError ? USAGE + "\n" : ""}`);
    return 1;
  }
}

async function createOwnedBank(db: PrismaClient, title: string, ownerEmail: string | undefined, description = "") {
  const email = ownerEmail ?? "instructor@coldstart.dev";
  const owner = await db.user.findFirst({
    where: { email, role: { in: ["INSTRUCTOR", "ADMIN"] } },
    select: { id: true },
  });
  if (!owner)
    throw new CliError(`no instructor or admin ${email} to own the new bank "${title}" (name one with --owner EMAIL)`);
  return db.questionBank.create({
    data: { title, description, ownerId: owner.id },
    select: { id: true, title: true, description: true },
  });
}
