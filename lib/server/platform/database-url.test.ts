import { describe, expect, it } from "vitest";
import { databaseKind, postgresPoolTarget, postgresTarget, redactUrl, withDatabaseName } from "./database-url";

describe("database URLs", () => {
  it("tell SQLite files from PostgreSQL servers, and refuse anything else", () => {
    expect(databaseKind("file:/tmp/x.db")).toBe("sqlite");
    expect(databaseKind("postgresql://u@h/db")).toBe("postgresql");
    expect(databaseKind("postgres://u@h/db")).toBe("postgresql");
    expect(() => databaseKind("mysql://u@h/db")).toThrow(/file: \(SQLite\) or postgresql:\/\//);
  });

  it("split a PostgreSQL URL into what pg connects with and the schema (public by default)", () => {
    expect(postgresTarget("postgresql://u:p@h:5432/db?sslmode=require&schema=s_1")).toEqual({
      connectionString: "postgresql://u:p@h:5432/db?sslmode=require",
      schema: "s_1",
    });
    expect(postgresTarget("postgresql://u:p@h/db").schema).toBe("public");
    // The schema is put into SQL by the migration runner: only plain identifiers pass.
    expect(() => postgresTarget('postgresql://h/db?schema=x"; DROP')).toThrow(/must be letters, digits and _/);
  });

  it("give the app's pool a search_path of the schema, keeping the URL's own startup options", () => {
    expect(postgresPoolTarget("postgresql://u:p@h/db?schema=s_1&options=-c%20synchronous_commit%3Doff")).toEqual({
      connectionString: "postgresql://u:p@h/db",
      schema: "s_1",
      options: '-c synchronous_commit=off -c search_path="s_1"',
    });
    expect(postgresPoolTarget("postgresql://u:p@h/db?sslmode=require")).toEqual({
      connectionString: "postgresql://u:p@h/db?sslmode=require",
      schema: "public",
      options: '-c search_path="public"',
    });
  });

  it("swap the database name, and print without the password", () => {
    expect(withDatabaseName("postgresql://u:p@h:5432/postgres?sslmode=require", "coldstart_x")).toBe(
      "postgresql://u:p@h:5432/coldstart_x?sslmode=require",
    );
    expect(redactUrl("postgresql://u:secret@h/db")).toBe("postgresql://u:***@h/db");
    expect(redactUrl("file:/tmp/a.db")).toBe("/tmp/a.db");
  });
});
