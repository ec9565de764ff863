import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "@/tests/db";
import type { PrismaClient } from "../platform/prisma";
import { githubSignIn } from "./github";
import { createUser } from "./users";

// A local HTTP server stands in for GitHub's API (GET /user/emails), one answer per access token;
// the tests never reach the network.
type Email = { email: string; primary: boolean; verified: boolean };
const emailsByToken: Record<string, Email[] | "broken"> = {
  "verified-primary": [
    { email: "old@example.com", primary: false, verified: true },
    { email: "Grace@Example.com", primary: true, verified: true },
  ],
  "unverified-primary": [
    { email: "grace@example.com", primary: true, verified: false },
    { email: "other@example.com", primary: false, verified: true },
  ],
  "instructor-email": [{ email: "instructor@example.com", primary: true, verified: true }],
  "passwordless-email": [{ email: "quiet@example.com", primary: true, verified: true }],
  broken: "broken",
};
let github: http.Server;
let api: string;
const seen: { auth?: string; path?: string }[] = [];

beforeAll(async () => {
  github = http.createServer((req, res) => {
    seen.push({ auth: req.headers.authorization, path: req.url });
    const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
    const emails = emailsByToken[token];
    if (req.url !== "/user/emails" || !emails) return res.writeHead(401).end('{"message":"Bad credentials"}');
    if (emails === "broken") return res.writeHead(200, { "content-type": "application/json" }).end("{not json");
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(emails));
  });
  await new Promise<void>((r) => github.listen(0, "127.0.0.1", r));
  api = `http://127.0.0.1:${(github.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => github.close(r)));

let db: PrismaClient;
let cleanup: () => Promise<void>;
beforeEach(() => void ({ db, cleanup } = freshDb()));
afterEach(() => cleanup());

const signIn = (id: string, accessToken: string) => githubSignIn(db, { id, accessToken, name: "Grace" }, api);

describe("Continue with GitHub", () => {
  it("creates a student account from the verified primary email, asking GitHub with the user's token", async () => {
    const r = await signIn("1001", "verified-primary");
    expect(r).toMatchObject({ ok: true, user: { email: "grace@example.com", role: "STUDENT", name: "Grace" } });
    expect(seen.at(-1)).toEqual({ auth: "Bearer verified-primary", path: "/user/emails" });
    expect(await db.user.findUniqueOrThrow({ where: { githubId: "1001" } })).toMatchObject({ passwordHash: null });
    // The next sign-in finds the same account by GitHub's user id.
    expect(await signIn("1001", "verified-primary")).toEqual(r);
    expect(await db.user.count()).toBe(1);
  });

  it("refuses when GitHub has not verified the primary email, even if another address is verified", async () => {
    expect(await signIn("1002", "unverified-primary")).toEqual({ ok: false, error: "GitHubEmailUnverified" });
    expect(await db.user.count()).toBe(0);
  });

  it("never links to an existing account by email: not one with a password, not a password-less one", async () => {
    const instructor = await createUser(
      db,
      { name: "Ines", email: "instructor@example.com", password: "instructor-password" },
      "INSTRUCTOR",
    );
    await db.user.create({ data: { email: "quiet@example.com", role: "INSTRUCTOR" } });
    const before = await db.user.findMany({ orderBy: { email: "asc" } });
    expect(await signIn("1003", "instructor-email")).toEqual({ ok: false, error: "GitHubAccountExists" });
    expect(await signIn("1004", "passwordless-email")).toEqual({ ok: false, error: "GitHubAccountExists" });
    expect(await db.user.findMany({ orderBy: { email: "asc" } })).toEqual(before);
    expect(before.find((u) => u.id === instructor.id)?.githubId).toBeNull();
  });

  it("refuses when GitHub cannot be asked or answers nonsense", async () => {
    expect(await signIn("1005", "revoked-token")).toEqual({ ok: false, error: "GitHubUnavailable" });
    expect(await signIn("1005", "broken")).toEqual({ ok: false, error: "GitHubUnavailable" });
    const closed = githubSignIn(db, { id: "1005", accessToken: "verified-primary", name: null }, "http://127.0.0.1:9");
    expect(await closed).toEqual({ ok: false, error: "GitHubUnavailable" });
    expect(await db.user.count()).toBe(0);
  });
});
