import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import { signInWithPassword, type SignInPolicy } from "./sign-in";
import { AppError } from "../platform/errors";
import { createUser } from "./users";
import type { PrismaClient } from "../platform/prisma";

const policy: SignInPolicy = { maxFailures: 10, maxIpFailures: 15, windowMs: 15 * 60_000 };
const t0 = new Date("2026-11-27T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);

let db: PrismaClient;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ db, cleanup } = freshDb());
  await createUser(db, { name: "Ada", email: "ada@example.com", password: "correct-horse-battery" });
});
afterEach(() => cleanup());

const attempt = (password: string, now = t0, ip = "10.0.0.1", email = "ada@example.com") =>
  signInWithPassword(db, { email, password }, ip, now, policy);

describe("signInWithPassword", () => {
  it("signs in with the right password and never returns the hash", async () => {
    const r = await attempt("correct-horse-battery");
    expect(r).toEqual({ ok: true, user: expect.objectContaining({ email: "ada@example.com", role: "STUDENT" }) });
    expect(JSON.stringify(r)).not.toContain("argon2");
  });

  it("normalises the email before looking it up", async () => {
    expect((await attempt("correct-horse-battery", t0, "10.0.0.1", "  ADA@Example.com ")).ok).toBe(true);
  });

  it("rejects a wrong password and an unknown account the same way", async () => {
    expect(await attempt("wrong")).toEqual({ ok: false, error: "InvalidCredentials" });
    expect(await attempt("wrong", t0, "10.0.0.1", "nobody@example.com")).toEqual({
      ok: false,
      error: "InvalidCredentials",
    });
  });

  it("rate-limits the 11th attempt after 10 failures, even with the right password", async () => {
    for (let i = 0; i < 10; i++) expect((await attempt("wrong", later(i * 1000))).ok).toBe(false);
    const r = await attempt("correct-horse-battery", later(11_000));
    expect(r).toMatchObject({ ok: false, error: "RateLimited" });
    expect(r.ok === false && r.error === "RateLimited" && r.retryAfterS).toBeGreaterThan(800);
  });

  it("limits per account across IPs", async () => {
    for (let i = 0; i < 10; i++) await attempt("wrong", t0, `10.0.1.${i}`);
    expect(await attempt("correct-horse-battery", t0, "10.9.9.9")).toMatchObject({ error: "RateLimited" });
  });

  it("limits per IP across accounts", async () => {
    for (let i = 0; i < 15; i++) await attempt("wrong", t0, "10.0.0.7", `user${i}@example.com`);
    expect(await attempt("correct-horse-battery", t0, "10.0.0.7")).toMatchObject({ error: "RateLimited" });
    expect((await attempt("correct-horse-battery", t0, "10.0.0.8")).ok).toBe(true);
  });

  it("lets the account in again once the window has passed", async () => {
    for (let i = 0; i < 10; i++) await attempt("wrong");
    expect((await attempt("correct-horse-battery", later(policy.windowMs + 1))).ok).toBe(true);
  });

  it("clears the account's failures after a successful sign-in", async () => {
    for (let i = 0; i < 9; i++) await attempt("wrong");
    expect((await attempt("correct-horse-battery")).ok).toBe(true);
    // A second IP, so only the account counter (not the IP counter) decides.
    for (let i = 0; i < 9; i++) await attempt("wrong", t0, "10.0.0.2");
    expect((await attempt("correct-horse-battery", t0, "10.0.0.2")).ok).toBe(true);
  });

  it("treats malformed input as invalid credentials without touching the counters", async () => {
    expect(await signInWithPassword(db, { email: "not-an-email", password: "x" }, "1.1.1.1", t0, policy)).toEqual({
      ok: false,
      error: "InvalidCredentials",
    });
    expect(await signInWithPassword(db, null, "1.1.1.1", t0, policy)).toEqual({
      ok: false,
      error: "InvalidCredentials",
    });
    expect(await db.rateLimit.count()).toBe(0);
  });
});

describe("createUser", () => {
  it("stores an argon2id hash, not the password", async () => {
    const row = await db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("correct-horse-battery");
  });

  it("refuses a second account with the same email", async () => {
    await expect(
      createUser(db, { name: "Ada 2", email: "ada@example.com", password: "another-password" }),
    ).rejects.toMatchObject({ status: 409, issues: [{ path: "email" }] });
    await expect(
      createUser(db, { name: "Ada", email: "ada@example.com", password: "another-password" }),
    ).rejects.toBeInstanceOf(AppError);
    expect(await db.user.count()).toBe(1);
  });
});
