import { describe, expect, it } from "vitest";
import { sessionUser } from "./useSession";

describe("sessionUser (NextAuth's /api/auth/session answer, read in the browser)", () => {
  it("reads a signed-in user", () => {
    expect(sessionUser({ user: { id: "u1", email: "a@example.com", name: "Ada", role: "INSTRUCTOR" } })).toEqual({
      email: "a@example.com",
      name: "Ada",
      role: "INSTRUCTOR",
    });
    expect(sessionUser({ user: { email: "a@example.com", name: null, role: "STUDENT" } })?.name).toBeNull();
  });

  it("treats an empty answer (signed out) and malformed answers as nobody", () => {
    expect(sessionUser({})).toBeNull();
    expect(sessionUser(null)).toBeNull();
    expect(sessionUser("<html>")).toBeNull();
    expect(sessionUser({ user: { email: "a@example.com" } })).toBeNull();
    expect(sessionUser({ user: { email: "a@example.com", role: "ROOT" } })).toBeNull();
    expect(sessionUser({ user: { email: 42, role: "STUDENT" } })).toBeNull();
  });
});
