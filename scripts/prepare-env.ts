import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { defaultDatabaseUrl } from "@/lib/server/platform/database-url";

/**
 * Fills in the embedded defaults: a SQLite file and an auth secret generated once and kept
 * in .coldstart/ (git-ignored). Values already set in the environment always win.
 */
export function prepareEnv(root: string): void {
  const stateDir = path.join(root, ".coldstart");
  fs.mkdirSync(stateDir, { recursive: true });
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  process.env.PORT ??= "3000";
  process.env.DATABASE_URL ??= defaultDatabaseUrl(root);
  process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT}`;
  if (!process.env.NEXTAUTH_SECRET) {
    const secretFile = path.join(stateDir, "auth-secret");
    if (!fs.existsSync(secretFile)) {
      fs.writeFileSync(secretFile, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    process.env.NEXTAUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
  }
}
