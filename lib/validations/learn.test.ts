import { describe, expect, it } from "vitest";
import { DOMAINS, SECTIONS } from "@/lib/content/schema";
import { cardFilterSchema } from "./learn";

const schema = cardFilterSchema({ sections: SECTIONS, domains: DOMAINS });
const any = { q: "", section: "", domain: "", progress: "" };

describe("the /learn filter parameters", () => {
  it("keeps known values and defaults what is missing to any", () => {
    expect(schema.parse({})).toEqual(any);
    expect(schema.parse({ q: "reserved", domain: "D4", section: SECTIONS[0], progress: "new" })).toEqual({
      q: "reserved",
      domain: "D4",
      section: SECTIONS[0],
      progress: "new",
    });
  });

  it("turns unknown, repeated or oversized values into any instead of failing the page", () => {
    expect(schema.parse({ domain: "D9", section: "Nope", progress: "expert" })).toEqual(any);
    expect(schema.parse({ q: ["dlq", "kms"], domain: ["D2", "D3"] })).toEqual({ ...any, q: "dlq", domain: "D2" });
    expect(schema.parse({ q: "x".repeat(201) })).toEqual(any);
  });
});
