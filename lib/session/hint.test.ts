import { describe, expect, it } from "vitest";
import { hasSessionHint, SESSION_HINT_COOKIE, sessionHintChange, sessionHintSetCookie } from "./hint";

describe("the signed-in hint cookie", () => {
  it("is set when a session cookie arrives without it, in any of NextAuth's cookie names", () => {
    expect(sessionHintChange(["next-auth.session-token"])).toBe("set");
    expect(sessionHintChange(["__Secure-next-auth.session-token"])).toBe("set");
    expect(sessionHintChange(["next-auth.session-token.0", "next-auth.session-token.1"])).toBe("set");
  });

  it("is cleared when it arrives without a session cookie (signed out, or the session cookie expired)", () => {
    expect(sessionHintChange([SESSION_HINT_COOKIE])).toBe("clear");
    expect(sessionHintChange([SESSION_HINT_COOKIE, "next-auth.csrf-token", "next-auth.callback-url"])).toBe("clear");
  });

  it("is left alone when it already agrees with the session cookie", () => {
    expect(sessionHintChange([])).toBeNull();
    expect(sessionHintChange(["next-auth.csrf-token"])).toBeNull();
    expect(sessionHintChange(["next-auth.session-token", SESSION_HINT_COOKIE])).toBeNull();
  });

  it("does not take look-alike cookie names for a session", () => {
    expect(sessionHintChange(["next-auth.session-token-old"])).toBeNull();
    expect(sessionHintChange(["my-next-auth.session-token"])).toBeNull();
  });

  it("is read from document.cookie only with the exact name and value", () => {
    expect(hasSessionHint(`a=1; ${SESSION_HINT_COOKIE}=1; b=2`)).toBe(true);
    expect(hasSessionHint(`${SESSION_HINT_COOKIE}=1`)).toBe(true);
    expect(hasSessionHint("")).toBe(false);
    expect(hasSessionHint(`${SESSION_HINT_COOKIE}=0`)).toBe(false);
    expect(hasSessionHint(`x${SESSION_HINT_COOKIE}=1`)).toBe(false);
  });

  it("is a readable (not HttpOnly) cookie for the whole site, Secure over HTTPS, removed with Max-Age=0", () => {
    expect(sessionHintSetCookie("set", false)).toBe(`${SESSION_HINT_COOKIE}=1; Path=/; SameSite=Lax`);
    expect(sessionHintSetCookie("set", true)).toBe(`${SESSION_HINT_COOKIE}=1; Path=/; SameSite=Lax; Secure`);
    expect(sessionHintSetCookie("clear", true)).toBe(
      `${SESSION_HINT_COOKIE}=; Path=/; SameSite=Lax; Secure; Max-Age=0`,
    );
    expect(sessionHintSetCookie("set", true)).not.toMatch(/HttpOnly/i);
  });
});
