// The production build, one path for `npm run build` and `npm start`: `next build`, the compile hints
// on the start-up chunks (scripts/compile-hints.ts), and the server bundle (scripts/build-server-bundle.ts).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildInputsHash } from "./build-hash";
import { buildServerBundle } from "./build-server-bundle";
import { addCompileHints } from "./compile-hints";
import { prepareEnv } from "./prepare-env";

/** Where `npm start` finds the hash of the inputs the build in .next was made from. */
export const BUILD_HASH_FILE = path.join(".next", "coldstart-build-hash");

export async function buildApp(root: string): Promise<void> {
  const hash = buildInputsHash(root);
  execFileSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: "inherit",
    env: process.env,
  });
  const hinted = addCompileHints(root);
  console.log(`[coldstart] compile hints on ${hinted.length} start-up chunk(s)`);
  await buildServerBundle(root);
  fs.writeFileSync(path.join(root, BUILD_HASH_FILE), hash);
}

if (require.main === module) {
  const root = path.resolve(__dirname, "..");
  // The same embedded defaults as npm start (the build loads route modules that read the environment).
  prepareEnv(root);
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  buildApp(root).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
