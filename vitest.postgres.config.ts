import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The PostgreSQL run (`npm run test:pg`, and `npm test` when COLDSTART_POSTGRES_URL is set): every
// integration suite that takes a database from tests/db.ts (freshDb), against PostgreSQL, each
// test file in its own schema; plus the *.pg.test.ts files (the schema drift test, the migration
// runner). A suite about a SQLite-only part opts out with a line starting `// sqlite-only:` and
// saying why; within a suite, tests of SQLite-only parts are registered only when
// testDbKind() is "sqlite".
const roots = ["lib", "prisma", "scripts", "tests", "components"];

function testFiles(dir: string, out: string[]): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && entry.name !== "generated") testFiles(p, out);
    } else if (entry.name.endsWith(".test.ts")) {
      out.push(p);
    }
  }
  return out;
}

const include = roots
  .flatMap((r) => testFiles(path.join(__dirname, r), []))
  .filter((file) => {
    if (file.endsWith(".pg.test.ts")) return true;
    const text = fs.readFileSync(file, "utf8");
    return text.includes("@/tests/db") && !/^\/\/ sqlite-only:/m.test(text);
  })
  .map((file) => path.relative(__dirname, file));

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include,
    exclude: [],
    globalSetup: ["tests/global-setup-postgres.ts"],
    setupFiles: ["tests/setup-postgres.ts"],
  },
});
