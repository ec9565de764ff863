import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { nulPath, parseJsonBody } from "./json-body";

const schema = z.object({ name: z.string(), options: z.array(z.object({ text: z.string() })).optional() });

describe("parseJsonBody", () => {
  it("refuses text holding a NUL character with 400 and its path (PostgreSQL cannot store it)", () => {
    const body = JSON.stringify({ name: "ok", options: [{ text: "a" }, { text: "b\u0000c" }] });
    const error = (() => {
      try {
        parseJsonBody("application/json", body, schema);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      status: 400,
      issues: [{ path: "options[1].text", message: "Text may not contain a NUL character" }],
    });
  });

  it("finds NUL in keys and top-level strings too, and accepts clean input", () => {
    expect(nulPath({ "a\u0000": 1 })).toBe("a\u0000");
    expect(nulPath("x\u0000")).toBe("(body)");
    expect(nulPath({ name: "Ada", list: [1, null, { t: "fine" }] })).toBeNull();
    expect(parseJsonBody("application/json", '{"name":"Ada"}', schema)).toEqual({ name: "Ada" });
  });
});
