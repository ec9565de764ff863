/**
 * An edit made before the validator's chunk has loaded: it lands at once, Run waits, and the
 * change is checked as soon as the validator arrives. (Its own file: the validator is loaded once
 * per module graph, and store.test.ts loads it first.)
 */
import { describe, expect, it } from "vitest";
import { loadPreset } from "@/lib/content/presets";
import { createSandboxStore } from "./index";
import { loadValidation } from "./editor";
import { initialEditor } from "./initial";
import type { PresetProps } from "./types";

const preset = loadPreset("reserved-throttle") as PresetProps;

describe("an edit before the validator has loaded", () => {
  it("is checked once the validator arrives; until then Run waits and the last check stays", async () => {
    const { store } = createSandboxStore({ preset, initial: initialEditor({ preset, shared: null }) });
    store.getState().setAnswer({ type: "number", value: 1 });
    store.getState().submitAnswer();
    const before = store.getState().scenario;
    expect(store.getState().checking).toBe(false);

    store.getState().setField(["functions", 0, "memoryMb"], 64);
    expect(store.getState().text).toContain('"memoryMb": 64');
    expect(store.getState().modified).toBe(true);
    expect(store.getState().checking).toBe(true);
    expect(store.getState().scenario).toBe(before);
    await store.getState().run(); // refused while checking: nothing runs
    expect(store.getState().status).toBe("idle");

    await loadValidation();
    await Promise.resolve();
    expect(store.getState().checking).toBe(false);
    expect(store.getState().errors).toEqual([{ path: "functions[0].memoryMb", message: "must be 128..10240" }]);
    expect(store.getState().scenario).toBeNull();
  });
});
