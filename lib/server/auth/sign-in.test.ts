import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import { signInWithPassword, type SignInClient, type SignInPolicy } from "./sign-in";
import { AppError } from "../platform/errors";
import { createUser } from "./users";
import { deviceToken, newDeviceId } from "./device-cookie";
import { verifyPassword } from "./password";
import type { PrismaClient } from "../platform/prisma";

const SECRET = "sign-in-test-secret-0123456789abcdef";
const policy: SignInPolicy = { maxFailures: 10, maxIpFailures: 20, maxAccountFailures: 30, windowMs: 15 * 60_000 };
const t0 = new Date("2026-11-27T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);
const PASSWORD = "correct-horse-battery";

let db: PrismaClient;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ db, cleanup } = freshDb());
  await createUser(db, { name: "Ada", email: "ada@example.com", password: PASSWORD });
});
afterEach(() => cleanup());

const from = (ip: string, deviceCookie: string | null = null): SignInClient => ({ ip, deviceCookie });
const attempt = (password: string, now = t0, client = from("10.0.0.1"), email = "ada@example.com") =>
  signInWithPassword(db, { email, password }, client, now, policy, SECRET);

describe("signInWithPassword", () => {
  it("signs in with the right password and never returns the hash", async () => {
    const r = await attempt(PASSWORD);
    expect(r).toEqual({ ok: true, user: expect.objectContaining({ email: "ada@example.com", role: "STUDENT" }) });
    expect(JSON.stringify(r)).not.toContain("argon2");
  });

  it("normalises the email before looking it up", async () => {
    expect((await attempt(PASSWORD, t0, from("10.0.0.1"), "  ADA@Example.com ")).ok).toBe(true);
  });

  it("rejects a wrong password and an unknown account the same way", async () => {
    expect(await attempt("wrong")).toEqual({ ok: false, error: "InvalidCredentials" });
    expect(await attempt("wrong", t0, from("10.0.0.1"), "nobody@example.com")).toEqual({
      ok: false,
      error: "InvalidCredentials",
    });
  });

  it("refuses the 11th attempt from one address after 10 failures, even with the right password", async () => {
    for (let i = 0; i < 10; i++) expect((await attempt("wrong", later(i * 1000))).ok).toBe(false);
    const r = await attempt(PASSWORD, later(11_000));
    expect(r).toMatchObject({ ok: false, error: "RateLimited" });
    expect(r.ok === false && r.error === "RateLimited" && r.retryAfterS).toBeGreaterThan(800);
  });

  it("counts first and verifies after: of 40 concurrent wrong guesses, at most 10 reach the password check", async () => {
    let verified = 0;
    const counting: typeof verifyPassword = (stored, password) => (verified++, verifyPassword(stored, password));
    const guesses = Array.from({ length: 40 }, (_, i) =>
      signInWithPassword(
        db,
        { email: "ada@example.com", password: `guess-${i}` },
        from("10.0.0.9"),
        t0,
        policy,
        SECRET,
        counting,
      ),
    );
    const results = await Promise.all(guesses);
    expect(verified).toBeLessThanOrEqual(10);
    expect(results.filter((r) => !r.ok && r.error === "InvalidCredentials")).toHaveLength(verified);
    expect(results.filter((r) => !r.ok && r.error === "RateLimited")).toHaveLength(40 - verified);
  });

  it("lets the owner in from another address while one address is locked out (nobody locks the owner out from elsewhere)", async () => {
    for (let i = 0; i < 15; i++) await attempt("wrong", t0, from("203.0.113.7"));
    expect(await attempt(PASSWORD, t0, from("203.0.113.7"))).toMatchObject({ error: "RateLimited" });
    expect((await attempt(PASSWORD, t0, from("198.51.100.20"))).ok).toBe(true);
  });

  it("stops guessing from unknown devices after a distributed attack, while the owner's known browser still signs in", async () => {
    const device = deviceToken(newDeviceId(), "ada@example.com", SECRET);
    // 30 failures (the account limit for unknown devices) spread over addresses, 10 at most each.
    for (let i = 0; i < 30; i++) await attempt("wrong", t0, from(`192.0.2.${i % 3}`));
    expect(await attempt(PASSWORD, t0, from("198.51.100.20"))).toMatchObject({ error: "RateLimited" });
    expect((await attempt(PASSWORD, t0, from("198.51.100.20", device))).ok).toBe(true);
    // A device cookie made for another account, or forged, counts as an unknown device.
    const bobs = deviceToken(newDeviceId(), "bob@example.com", SECRET);
    expect(await attempt(PASSWORD, t0, from("198.51.100.20", bobs))).toMatchObject({ error: "RateLimited" });
    expect(await attempt(PASSWORD, t0, from("198.51.100.20", `${device.slice(0, -2)}AA`))).toMatchObject({
      error: "RateLimited",
    });
  });

  it("limits a known device by its own failures only", async () => {
    const device = deviceToken(newDeviceId(), "ada@example.com", SECRET);
    for (let i = 0; i < 10; i++) await attempt("wrong", t0, from("10.0.0.1", device));
    expect(await attempt(PASSWORD, t0, from("10.0.0.1", device))).toMatchObject({ error: "RateLimited" });
    // The same address without that cookie was not counted against.
    expect((await attempt(PASSWORD, t0, from("10.0.0.1"))).ok).toBe(true);
  });

  it("limits one address across accounts", async () => {
    for (let i = 0; i < 20; i++) await attempt("wrong", t0, from("10.0.0.7"), `user${i}@example.com`);
    expect(await attempt(PASSWORD, t0, from("10.0.0.7"))).toMatchObject({ error: "RateLimited" });
    expect((await attempt(PASSWORD, t0, from("10.0.0.8"))).ok).toBe(true);
  });

  it("lets the address in again once the window has passed", async () => {
    for (let i = 0; i < 10; i++) await attempt("wrong");
    expect(await attempt(PASSWORD, later(policy.windowMs - 1000))).toMatchObject({ error: "RateLimited" });
    expect((await attempt(PASSWORD, later(policy.windowMs))).ok).toBe(true);
  });

  it("deletes the counters of ended windows when a new window starts, and keeps live ones", async () => {
    const row = (key: string, resetAt: Date) => db.rateLimit.create({ data: { key, count: 3, resetAt } });
    await row("signin:ip:192.0.2.1", later(-1));
    await row("signup:ip:192.0.2.2", later(-3600_000));
    await row("signin:ip:192.0.2.3", later(3600_000));
    await attempt("wrong", t0, from("10.0.0.5"));
    expect((await db.rateLimit.findMany({ orderBy: { key: "asc" } })).map((r) => [r.key, r.count])).toEqual([
      ["signin:account:ada@example.com", 1],
      ["signin:ip:10.0.0.5", 1],
      ["signin:ip:192.0.2.3", 3],
      ["signin:pair:10.0.0.5 ada@example.com", 1],
    ]);
  });

  it("forgets the owner's own failures from an address after they sign in there", async () => {
    for (let i = 0; i < 9; i++) await attempt("wrong");
    expect((await attempt(PASSWORD)).ok).toBe(true);
    for (let i = 0; i < 9; i++) await attempt("wrong");
    expect((await attempt(PASSWORD)).ok).toBe(true);
    expect(await db.rateLimit.findUnique({ where: { key: "signin:pair:10.0.0.1 ada@example.com" } })).toBeNull();
  });

  it("treats malformed input as invalid credentials without touching the counters", async () => {
    expect(
      await signInWithPassword(db, { email: "not-an-email", password: "x" }, from("1.1.1.1"), t0, policy, SECRET),
    ).toEqual({
      ok: false,
      error: "InvalidCredentials",
    });
    expect(await signInWithPassword(db, null, from("1.1.1.1"), t0, policy, SECRET)).toEqual({
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
    expect(row.passwordHash).not.toContain(PASSWORD);
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
