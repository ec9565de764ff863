// The production build, one path for `npm run build` and `npm start`: `next build`, the compile hints
// on the start-up chunks (scripts/compile-hints.ts), the server bundle (scripts/build-server-bundle.ts),
// and the hash of the inputs it was made from, so `npm start` builds only when the sources changed.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildInputsHash } from "./build-hash";
import { buildServerBundle, SERVER_BUNDLE } from "./build-server-bundle";
import { addCompileHints } from "./compile-hints";
import { prepareEnv } from "./prepare-env";

const HASH_FILE = path.join(".next", "coldstart-build-hash");
const log = (msg: string) => console.log(`[coldstart] ${msg}`);

async function buildApp(root: string, hash: string): Promise<void> {
  log("building (next build)…");
  execFileSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: process.env,
  });
  log(`compile hints on ${addCompileHints(root).length} start-up chunk(s)`);
  await buildServerBundle(root);
  fs.writeFileSync(path.join(root, HASH_FILE), hash);
}

/** Builds unless .next already holds a complete build of the current sources (`npm start`). */
export async function ensureBuilt(root: string): Promise<void> {
  const hash = buildInputsHash(root);
  const hashFile = path.join(root, HASH_FILE);
  const current =
    fs.existsSync(path.join(root, ".next", "BUILD_ID")) &&
    fs.existsSync(path.join(root, SERVER_BUNDLE)) &&
    fs.existsSync(hashFile) &&
    fs.readFileSync(hashFile, "utf8") === hash;
  if (current) log("production build is up to date");
  else await buildApp(root, hash);
}

// `npm run build`: always builds, with the same embedded defaults as npm start (the build loads
// route modules that read the environment).
if (require.main === module) {
  const root = path.resolve(__dirname, "..");
  prepareEnv(root);
  buildApp(root, buildInputsHash(root)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
