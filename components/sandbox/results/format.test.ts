import { describe, expect, it } from "vitest";
import { int, ms, secs, usd } from "./format";

// The formatters are built once (for speed during playback); they must print what the page printed before.
describe("result formats", () => {
  it("rounds integers and groups thousands", () => {
    expect(int(1234567.6)).toBe("1,234,568");
    expect(int(0)).toBe("0");
  });
  it("prints milliseconds with at most one decimal", () => {
    expect(ms(1234.56)).toBe("1,234.6 ms");
    expect(ms(50)).toBe("50 ms");
  });
  it("prints seconds with exactly one decimal", () => {
    expect(secs(61_250)).toBe("61.3 s");
    expect(secs(0)).toBe("0.0 s");
  });
  it("prints dollars: zero, tiny amounts with three figures, others with 2 to 4 decimals", () => {
    expect(usd(0)).toBe("$0");
    expect(usd(0.000012345)).toBe("$0.0000123");
    expect(usd(1234.5)).toBe("$1,234.50");
    expect(usd(0.123456)).toBe("$0.1235");
  });
});
