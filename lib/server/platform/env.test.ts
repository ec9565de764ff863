import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const SECRET = "x".repeat(32);

function problems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (e) {
    if (e instanceof EnvError) return e.problems;
    throw e;
  }
}

describe("parseEnv", () => {
  it("accepts a minimal environment and fills in defaults", () => {
    const env = parseEnv({ NEXTAUTH_SECRET: SECRET });
    expect(env.DATABASE_URL).toMatch(/^file:.*\.coldstart\/coldstart\.db$/);
    expect(env.SIGNIN_MAX_FAILURES).toBe(10);
    expect(env.GITHUB_ID).toBeUndefined();
  });

  it("names a missing required variable", () => {
    expect(problems({})).toEqual(["NEXTAUTH_SECRET: is required but not set"]);
  });

  it("names every malformed variable at once", () => {
    const p = problems({
      NEXTAUTH_SECRET: "short",
      DATABASE_URL: "mysql://db",
      NEXTAUTH_URL: "not a url",
      SIGNIN_MAX_FAILURES: "zero",
    });
    expect(p).toHaveLength(4);
    expect(p[0]).toMatch(/^DATABASE_URL: must start with file:/);
    expect(p.some((l) => l.startsWith("NEXTAUTH_SECRET: must be at least 32 characters"))).toBe(true);
    expect(p.some((l) => l.startsWith("NEXTAUTH_URL: must be an absolute URL"))).toBe(true);
    expect(p.some((l) => l.startsWith("SIGNIN_MAX_FAILURES:"))).toBe(true);
  });

  it("enables GitHub sign-in only when both variables are set", () => {
    expect(problems({ NEXTAUTH_SECRET: SECRET, GITHUB_ID: "abc" })).toEqual([
      "GITHUB_SECRET: GITHUB_ID and GITHUB_SECRET enable GitHub sign-in only together; set both or neither",
    ]);
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET, GITHUB_ID: "a", GITHUB_SECRET: "b" }).GITHUB_ID).toBe("a");
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET, GITHUB_ID: "", GITHUB_SECRET: "" }).GITHUB_ID).toBeUndefined();
  });

  it("accepts a PostgreSQL URL, with a pool size, and picks the portable review store for it", () => {
    const env = parseEnv({
      NEXTAUTH_SECRET: SECRET,
      DATABASE_URL: "postgresql://u:p@localhost/db?schema=coldstart",
      DATABASE_POOL_SIZE: "4",
    });
    expect(env).toMatchObject({ DATABASE_POOL_SIZE: 4, REVIEW_STORE: "prisma" });
    expect(parseEnv({ NEXTAUTH_SECRET: SECRET }).DATABASE_POOL_SIZE).toBe(10);
  });

  it("names a bad PostgreSQL schema, pool size or review store", () => {
    const p = problems({
      NEXTAUTH_SECRET: SECRET,
      DATABASE_URL: "postgresql://u:p@localhost/db?schema=bad;drop",
      DATABASE_POOL_SIZE: "0",
      REVIEW_STORE: "sqlite",
    });
    expect(p).toHaveLength(3);
    expect(p.some((l) => /^DATABASE_URL: schema "bad;drop" must be letters, digits and _/.test(l))).toBe(true);
    expect(p.some((l) => l.startsWith("DATABASE_POOL_SIZE:"))).toBe(true);
    expect(p.some((l) => l.startsWith("REVIEW_STORE: sqlite is the SQLite database's own review store"))).toBe(true);
  });
});
