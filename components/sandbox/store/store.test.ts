/** The sandbox store without a browser: editing, validation, the question gate, imports, variant B. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadPreset } from "@/lib/content/presets";
import { encodeScenario } from "@/lib/sandbox/share";
import { createSandboxStore } from "./index";
import { loadValidation, toText } from "./editor";
import { initialEditor } from "./initial";
import { defaultSpeed, needsAnswer } from "./run";
import { variantB } from "./tools";
import type { PresetProps } from "./types";

const preset = loadPreset("reserved-throttle") as PresetProps;
const make = (shared: Parameters<typeof initialEditor>[0]["shared"] = null) =>
  createSandboxStore({ preset, initial: initialEditor({ preset, shared }) }).store;

describe("sandbox store", () => {
  beforeAll(() => loadValidation());

  it("opens the preset unchanged, with Run locked until the question is answered", () => {
    const s = make();
    expect(s.getState().text).toBe(toText(preset.scenario));
    expect(s.getState().modified).toBe(false);
    expect(needsAnswer(s.getState())).toBe(true);
    s.getState().setAnswer({ type: "number", value: 10 });
    expect(needsAnswer(s.getState())).toBe(true);
    s.getState().submitAnswer();
    expect(needsAnswer(s.getState())).toBe(false);
    s.getState().setAnswer({ type: "number", value: 11 }); // locked: the answer stays
    expect(s.getState().answer).toEqual({ type: "number", value: 10 });
  });

  it("keeps form and JSON as one value and validates every change with parseScenario's paths", () => {
    const s = make();
    s.getState().setField(["functions", 0, "memoryMb"], 64);
    expect(s.getState().text).toContain('"memoryMb": 64');
    expect(s.getState().errors).toEqual([{ path: "functions[0].memoryMb", message: "must be 128..10240" }]);
    expect(s.getState().scenario).toBeNull();
    expect(s.getState().modified).toBe(true);
    expect(needsAnswer(s.getState())).toBe(false); // a changed scenario sets the question aside
    s.getState().setText(s.getState().text.replace('"memoryMb": 64', '"memoryMb": 256'));
    expect(s.getState().errors).toEqual([]);
    expect(s.getState().scenario?.functions[0]?.memoryMb).toBe(256);
  });

  it("keeps the last value while the JSON does not parse, and the form waits", () => {
    const s = make();
    const before = s.getState().value;
    s.getState().setText('{"functions": [');
    expect(s.getState().syntax).toMatchObject({ line: 1 });
    expect(s.getState().value).toBe(before);
    expect(s.getState().scenario).toBeNull();
    s.getState().setField(["functions", 0, "memoryMb"], 1024);
    expect(s.getState().text).toBe('{"functions": [');
  });

  it("an invalid import lists its errors by path and changes nothing", async () => {
    const s = make();
    const text = s.getState().text;
    const bad = { ...preset.scenario, functions: [{ name: "checkout", memoryMb: 64, timeoutS: 0 }] };
    expect(await s.getState().importText(JSON.stringify(bad), "The file bad.json")).toBe(false);
    expect(s.getState().rejected).toEqual({
      source: "The file bad.json",
      errors: [
        { path: "functions[0].memoryMb", message: "must be 128..10240" },
        { path: "functions[0].timeoutS", message: "must be 1..900" },
      ],
    });
    expect(s.getState().text).toBe(text);
    expect(await s.getState().importText(toText({ ...preset.scenario, durationMs: 20_000 }), "The file ok.json")).toBe(
      true,
    );
    expect(s.getState().rejected).toBeNull();
    expect(s.getState().scenario?.durationMs).toBe(20_000);
  });

  it("opens a shared link's scenario, or says why it cannot and keeps the preset", () => {
    const shared = make({ text: JSON.stringify({ ...preset.scenario, seed: 9 }) });
    expect(shared.getState().scenario?.seed).toBe(9);
    expect(shared.getState().modified).toBe(true);
    const broken = make({ text: JSON.stringify({ functions: [] }) });
    expect(broken.getState().rejected?.errors).toEqual([{ path: "functions", message: "needs at least one function" }]);
    expect(broken.getState().text).toBe(toText(preset.scenario));
    const cut = make({ error: "the link does not hold a scenario (it may have been cut short)" });
    expect(cut.getState().rejected?.source).toBe("The shared link");
    expect(encodeScenario(preset.scenario).length).toBeGreaterThan(0);
  });
});

describe("variant B and playback speed", () => {
  it("changes only the chosen function's concurrency and memory", () => {
    const b = variantB(preset.scenario, {
      fn: "checkout",
      reservedConcurrency: 40,
      provisionedConcurrency: 0,
      memoryMb: 1024,
    });
    expect(b.functions[0]).toMatchObject({ reservedConcurrency: 40, memoryMb: 1024, timeoutS: 3 });
    expect(b.traffic).toBe(preset.scenario.traffic);
  });

  it("plays a run in about 15 seconds", () => {
    expect(defaultSpeed(10_000)).toBe(1);
    expect(defaultSpeed(600_000)).toBe(50);
    expect(defaultSpeed(86_400_000)).toBe(1000);
  });
});
