/** Client-side scenario helpers: paths, JSON text positions, share links and the one text check. */
import { describe, expect, it } from "vitest";
import { rangeOfPath, parseJsonText } from "./json-text";
import { getAt, parsePath, setAt } from "./paths";
import { checkScenarioText } from "./scenario-text";
import { decodeScenario, encodeScenario, MAX_SHARE_PARAM } from "./share";

const scenario = {
  functions: [{ name: "api", memoryMb: 512 }],
  traffic: [{ function: "api", type: "sync", burst: 10 }],
};

describe("paths", () => {
  it("reads and writes at the paths parseScenario prints, without touching the original", () => {
    expect(parsePath("functions[0].memoryMb")).toEqual(["functions", 0, "memoryMb"]);
    expect(parsePath("(root)")).toEqual([]);
    const next = setAt(scenario, parsePath("functions[0].memoryMb"), 1024);
    expect(getAt(next, ["functions", 0, "memoryMb"])).toBe(1024);
    expect(scenario.functions[0]!.memoryMb).toBe(512);
    expect(getAt(setAt(next, ["functions", 0, "memoryMb"], undefined), ["functions", 0])).toEqual({ name: "api" });
    expect(setAt({}, ["account", "concurrencyLimit"], 50)).toEqual({ account: { concurrencyLimit: 50 } });
    expect(getAt(setAt(scenario, ["traffic", 0], undefined), ["traffic"])).toEqual([]);
  });
});

describe("JSON text", () => {
  const text = JSON.stringify(scenario, null, 2);

  it("finds the text of a field named by an error path", () => {
    const r = rangeOfPath(text, "functions[0].memoryMb");
    expect(text.slice(r.from, r.to)).toBe('"memoryMb": 512');
    const parent = rangeOfPath(text, "functions[0].timeoutS"); // absent: its object instead
    expect(text.slice(parent.from, parent.to)).toContain('"name": "api"');
  });

  it("says where a syntax error is", () => {
    const r = parseJsonText('{\n  "functions": [,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.line, r.message]).toEqual([2, "value expected"]);
    expect(parseJsonText('{"a": 1,}').ok).toBe(false); // no trailing commas
    expect(parseJsonText('{"a": 1} // note').ok).toBe(false); // no comments
  });
});

describe("checkScenarioText", () => {
  it("lists every problem by path and keeps the parsed value", () => {
    const r = checkScenarioText(
      '{"functions":[{"name":"a","memoryMb":64}],"traffic":[{"function":"b","type":"sync","burst":1}]}',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.syntax).toBe(false);
    expect(r.errors).toEqual([
      { path: "functions[0].memoryMb", message: "must be 128..10240" },
      { path: "traffic[0].function", message: 'unknown function "b"' },
    ]);
  });

  it("reports broken JSON at the root with its line", () => {
    const r = checkScenarioText("{ nope");
    expect(r).toMatchObject({ ok: false, syntax: true, errors: [{ path: "(root)" }] });
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/^invalid JSON at line 1, column 3/);
  });
});

describe("share links", () => {
  it("round-trips a scenario through the URL parameter", () => {
    const s = encodeScenario(scenario);
    expect(s).toMatch(/^[A-Za-z0-9+\-$]+$/);
    const d = decodeScenario(s);
    expect(d.ok && JSON.parse(d.text)).toEqual(scenario);
  });

  it("refuses a cut or oversized link instead of loading something else", () => {
    expect(decodeScenario(encodeScenario(scenario).slice(0, 10)).ok).toBe(false);
    expect(decodeScenario("x".repeat(MAX_SHARE_PARAM + 1))).toEqual({
      ok: false,
      message: "the shared scenario is too long",
    });
    expect(decodeScenario("").ok).toBe(false);
  });
});
