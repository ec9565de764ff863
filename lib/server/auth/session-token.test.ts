import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeSessionToken } from "./session-token";

const secret = "session-token-test-secret-0123456789abcdef";
const token = { sub: "u1", uid: "u1", role: "STUDENT" as const, email: "a@example.com", roleCheckedAt: 1 };

describe("decodeSessionToken", () => {
  it("decodes what next-auth encodes, exactly as next-auth's own decode does", async () => {
    const jwt = await encode({ token, secret });
    const ours = await decodeSessionToken({ token: jwt, secret });
    expect(ours).toEqual(await decode({ token: jwt, secret }));
    expect(ours).toMatchObject(token);
    // The cached key serves later calls, and a salted token uses its own key.
    expect(await decodeSessionToken({ token: jwt, secret })).toEqual(ours);
    const salted = await encode({ token, secret, salt: "s" });
    expect(await decodeSessionToken({ token: salted, secret, salt: "s" })).toMatchObject(token);
    await expect(decodeSessionToken({ token: salted, secret })).rejects.toThrow();
  });

  it("rejects a token from another secret, a tampered token and an expired one", async () => {
    const other = await encode({ token, secret: `${secret}-other` });
    await expect(decodeSessionToken({ token: other, secret })).rejects.toThrow();
    const jwt = await encode({ token, secret });
    const [h, k, iv, c, tag] = jwt.split(".");
    const flipped = c!.slice(0, -2) + (c!.endsWith("A") ? "BB" : "AA");
    await expect(decodeSessionToken({ token: [h, k, iv, flipped, tag].join("."), secret })).rejects.toThrow();
    const expired = await encode({ token, secret, maxAge: -60 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow(/exp/);
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
