import { bankFileSchema, type BankFile } from "./bank-file";

/** Parses a seed bank file's JSON; throws naming the file and every bad field. */
export function parseBankFile(file: string, text: string): BankFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: invalid JSON (${(e as Error).message})`);
  }
  const r = bankFileSchema.safeParse(json);
  if (r.success) return r.data;
  const lines = r.error.issues.map((i) => {
    const path = i.path.reduce<string>(
      (a, k) => (typeof k === "number" ? `${a}[${k}]` : a ? `${a}.${String(k)}` : String(k)),
      "",
    );
    return `  - ${path || "(root)"}: ${i.message}`;
  });
  throw new Error(`${file}:\n${lines.join("\n")}`);
}
