// After `next build`: marks the JavaScript every page loads at start (React, the Next runtime, the
// root layout's client code) with V8's explicit compile hint, so Chromium compiles those files on
// its script-streaming thread while they download instead of compiling each function on the main
// thread the first time it runs (https://v8.dev/blog/explicit-compile-hints). Measured on this
// machine (docs/page-speed.md, "Compile hints"): the main thread's time in these files while `/` loads
// went from about 1,000–1,300 ms to 200–500 ms under a 4× CPU slowdown. Other browsers read the line
// as a comment.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

const buildManifestSchema = z.object({
  rootMainFiles: z.array(z.string().regex(/^static\/chunks\/[\w.-]+$/, "a chunk under static/chunks")),
});

/**
 * Prepends the hint to each JavaScript file in `.next/build-manifest.json`'s `rootMainFiles` that
 * does not start with it yet, and returns the files it changed (none on a second call).
 */
export function addCompileHints(root: string): string[] {
  const nextDir = path.join(root, ".next");
  const manifestFile = path.join(nextDir, "build-manifest.json");
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  } catch (e) {
    throw new Error(`compile hints: cannot read ${manifestFile} (run next build first): ${(e as Error).message}`);
  }
  const parsed = buildManifestSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`compile hints: unexpected ${manifestFile}: ${z.prettifyError(parsed.error)}`);
  }
  const changed: string[] = [];
  for (const file of parsed.data.rootMainFiles.filter((f) => f.endsWith(".js"))) {
    const full = path.join(nextDir, file);
    const code = fs.readFileSync(full, "utf8");
    if (code.startsWith(COMPILE_HINT)) continue;
    fs.writeFileSync(full, `${COMPILE_HINT}\n${code}`);
    changed.push(file);
  }
  return changed;
}
