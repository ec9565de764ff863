import { describe, expect, it } from "vitest";
import { AppError } from "../platform/errors";
import { assertRole, INSTRUCTOR_ROLES, type SessionUser } from "./authz";

const student: SessionUser = { id: "u1", email: "s@x.dev", name: "S", role: "STUDENT" };
const instructor: SessionUser = { ...student, id: "u2", role: "INSTRUCTOR" };
const admin: SessionUser = { ...student, id: "u3", role: "ADMIN" };

function statusOf(fn: () => unknown): number | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof AppError ? e.status : -1;
  }
}

describe("assertRole", () => {
  it("rejects anonymous users with 401", () => {
    expect(statusOf(() => assertRole(null, []))).toBe(401);
    expect(statusOf(() => assertRole(null, INSTRUCTOR_ROLES))).toBe(401);
  });

  it("rejects a student from instructor areas with 403", () => {
    expect(statusOf(() => assertRole(student, INSTRUCTOR_ROLES))).toBe(403);
  });

  it("admits instructors and admins to instructor areas", () => {
    expect(assertRole(instructor, INSTRUCTOR_ROLES)).toBe(instructor);
    expect(assertRole(admin, INSTRUCTOR_ROLES)).toBe(admin);
  });

  it("admits any signed-in user when no role is required", () => {
    expect(assertRole(student, [])).toBe(student);
  });
});
