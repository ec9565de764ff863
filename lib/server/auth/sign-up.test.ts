import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import type { PrismaClient } from "../platform/prisma";
import { hashPassword } from "./password";
import { signUp } from "./sign-up";

const policy = { maxPerIp: 3, windowMs: 60 * 60_000 };
const t0 = new Date("2026-11-27T10:00:00Z");
let db: PrismaClient;
let cleanup: () => Promise<void>;
beforeEach(() => void ({ db, cleanup } = freshDb()));
afterEach(() => cleanup());

const form = (n: number) => ({
  name: `Learner ${n}`,
  email: `learner${n}@example.com`,
  password: "a-long-enough-password",
});

describe("signUp", () => {
  it("limits sign-ups per address, refusing before any password is hashed, and counts taken emails too", async () => {
    let hashed = 0;
    const hash: typeof hashPassword = (p) => (hashed++, hashPassword(p));
    await signUp(db, form(1), "203.0.113.1", t0, policy, hash);
    await expect(signUp(db, form(1), "203.0.113.1", t0, policy, hash)).rejects.toMatchObject({ status: 409 });
    await signUp(db, form(2), "203.0.113.1", t0, policy, hash);
    expect(hashed).toBe(2);
    const refused = await signUp(db, form(3), "203.0.113.1", t0, policy, hash).catch((e: unknown) => e);
    expect(hashed).toBe(2);
    expect(refused).toMatchObject({ status: 429, message: /Too many accounts were created from your network/ });
    expect((refused as { headers: Record<string, string> }).headers["Retry-After"]).toBe("3600");
    expect(await db.user.count()).toBe(2);
    // Another address, and the same one once the window has passed, may sign up.
    await signUp(db, form(4), "203.0.113.2", t0, policy);
    await signUp(db, form(5), "203.0.113.1", new Date(t0.getTime() + policy.windowMs), policy);
    expect(await db.user.count()).toBe(4);
  });
});
