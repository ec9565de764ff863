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

export type DatabaseKind = "sqlite" | "postgresql";

/** Which database a DATABASE_URL names: a SQLite file (file:) or a PostgreSQL server. */
export function databaseKind(url: string): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error("DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)");
}

/** The same server and credentials with another database name (tests and tools create their own). */
export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** The database name a PostgreSQL URL connects to. */
export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

/** A URL safe to print: the password replaced by "***". */
export function redactUrl(url: string): string {
  if (databaseKind(url) === "sqlite") return sqlitePath(url);
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

/**
 * A PostgreSQL URL split into what `pg` connects with and the schema the tables live in
 * (Prisma's `?schema=` URL parameter, `public` when absent). Tests give each file its own schema;
 * a deployment may share one database between apps the same way.
 */
export function postgresTarget(url: string): { connectionString: string; schema: string } {
  const u = new URL(url);
  const schema = u.searchParams.get("schema") ?? "public";
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`DATABASE_URL: schema "${schema}" must be letters, digits and _ (not starting with a digit)`);
  }
  u.searchParams.delete("schema");
  return { connectionString: u.toString(), schema };
}

/**
 * What the app's pg pool connects with: postgresTarget's split, plus the connection's startup
 * `options` with the search_path set to the schema. Prisma qualifies its own SQL with the schema;
 * the search_path makes raw SQL (platform/bulk-insert.ts) find the same tables. pg prefers the
 * URL's `options` parameter to the config's, so the URL's own (e.g. `-c synchronous_commit=off`)
 * are moved out of the URL and kept in front.
 */
export function postgresPoolTarget(url: string): { connectionString: string; schema: string; options: string } {
  const { connectionString, schema } = postgresTarget(url);
  const u = new URL(connectionString);
  const own = u.searchParams.get("options");
  u.searchParams.delete("options");
  const searchPath = `-c search_path="${schema}"`;
  return { connectionString: u.toString(), schema, options: own ? `${own} ${searchPath}` : searchPath };
}
