/**
 * Command-line runner for the Lambda simulator.
 *   npm run --silent sim -- scenario.json [--events] [--pretty]
 * Prints the result JSON on stdout. Invalid input exits 1 with one `path: message` per line on stderr.
 */
import { readFileSync } from "node:fs";
import { parseScenario, simulate } from "../lib/sim";

const USAGE = "usage: npm run --silent sim -- FILE.json [--events] [--pretty]";

/** Runs the CLI; returns the process exit code. */
function main(argv: string[]): number {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const files = argv.filter((a) => !a.startsWith("--"));
  for (const f of flags) {
    if (f !== "--events" && f !== "--pretty") {
      process.stderr.write(`unknown option ${f}\n${USAGE}\n`);
      return 1;
    }
  }
  const file = files[0];
  if (file === undefined || files.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : String((err as Error).message);
    process.stderr.write(`${file}: cannot read scenario (${why})\n`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    process.stderr.write(`${file}: invalid JSON: ${(err as Error).message}\n`);
    return 1;
  }
  const parsed = parseScenario(json);
  if (!parsed.ok) {
    process.stderr.write(parsed.errors.map((e) => `${e.path}: ${e.message}\n`).join(""));
    return 1;
  }
  const result = simulate(parsed.scenario, { events: flags.has("--events") });
  process.stdout.write(`${JSON.stringify(result, null, flags.has("--pretty") ? 2 : undefined)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
