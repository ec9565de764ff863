import path from "node:path";

/** The embedded default: a SQLite file under .coldstart/ (git-ignored), as an absolute file: URL. */
export function defaultDatabaseUrl(cwd: string = process.cwd()): string {
  return `file:${path.join(cwd, ".coldstart", "coldstart.db")}`;
}

/** The filesystem path of a file: URL (relative paths resolve against cwd). */
export function sqlitePath(url: string, cwd: string = process.cwd()): string {
  const p = url.replace(/^file:/, "");
  return path.isAbsolute(p) ? p : path.resolve(cwd, p);
}
