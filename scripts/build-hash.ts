import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Everything that changes the production build. Source folders are hashed file by file.
const INPUT_DIRS = ["app", "components", "content", "lib", "public", "types"];
const INPUT_FILES = [
  "package-lock.json",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "proxy.ts",
  "instrumentation.ts",
  "scripts/build.ts",
  "scripts/build-server-bundle.ts",
  "scripts/compile-hints.ts",
  "tests/stubs/server-only.ts",
  // The generated Prisma clients (lib/generated, skipped below) follow from these.
  "prisma/schema.prisma",
  "prisma/postgresql/schema.prisma",
];
const SKIP = new Set(["generated", "node_modules", "__fixtures__"]);

function walk(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (!entry.name.endsWith(".test.ts")) out.push(p);
  }
}

/** A hash of the build inputs, to decide whether `next build` must run again. */
export function buildInputsHash(root: string): string {
  const files: string[] = [];
  for (const d of INPUT_DIRS) walk(path.join(root, d), files);
  for (const f of INPUT_FILES) if (fs.existsSync(path.join(root, f))) files.push(path.join(root, f));
  const h = crypto.createHash("sha256");
  // A test-clock build (next.config.mjs) is a different build: npm start never serves one built for e2e.
  h.update(`COLDSTART_TEST_CLOCK=${process.env.COLDSTART_TEST_CLOCK === "1" ? "1" : ""}\0`);
  for (const f of files.sort()) {
    h.update(path.relative(root, f));
    h.update("\0");
    h.update(fs.readFileSync(f));
    h.update("\0");
  }
  return h.digest("hex");
}
