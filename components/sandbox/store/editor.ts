/** The scenario being edited: JSON text and form share one value, validated on every change. */
import type { StateCreator } from "zustand/vanilla";
import { parseScenario, type ScenarioInput } from "@/lib/sim";
import { parseJsonText } from "@/lib/sandbox/json-text";
import { setAt } from "@/lib/sandbox/paths";
import { checkScenarioText } from "@/lib/sandbox/scenario-text";
import type { EditorSlice, PresetProps, SandboxState } from "./types";

/** The scenario "start from scratch" opens with. */
export const BLANK: ScenarioInput = {
  title: "My scenario",
  seed: 1,
  durationMs: 60_000,
  account: { concurrencyLimit: 1000, scaling: "current", region: "us-east-1" },
  functions: [
    {
      name: "my-function",
      memoryMb: 512,
      timeoutS: 3,
      architecture: "x86_64",
      reservedConcurrency: null,
      provisionedConcurrency: 0,
      initMs: 300,
      durationMs: 200,
    },
  ],
  traffic: [{ function: "my-function", type: "sync", rps: 50, fromMs: 0, toMs: 60_000 }],
};

export const toText = (value: unknown) => JSON.stringify(value, null, 2);

/** Derived editor fields for `text` (the previous JSON value is kept while the text does not parse). */
export function derive(text: string, preset: PresetProps | null, previous: unknown) {
  const json = parseJsonText(text);
  if (!json.ok) {
    const { message, from, to, line, column } = json;
    return {
      text,
      value: previous,
      syntax: { message, from, to, line, column },
      errors: [],
      scenario: null,
      modified: true,
    };
  }
  const parsed = parseScenario(json.value);
  const modified = JSON.stringify(json.value) !== JSON.stringify(preset?.scenario ?? null);
  return {
    text,
    value: json.value,
    syntax: null,
    errors: parsed.ok ? [] : parsed.errors,
    scenario: parsed.ok ? parsed.scenario : null,
    modified,
  };
}

export type EditorInit = { preset: PresetProps | null; shared: { text: string } | { error: string } | null };

/** Initial editor state: a valid shared scenario, else the preset, else the blank scenario. */
export function initialEditor(init: EditorInit) {
  const fallback = toText(init.preset?.scenario ?? BLANK);
  const shared = init.shared;
  if (shared && "text" in shared) {
    const check = checkScenarioText(shared.text);
    if (check.ok) return { ...derive(toText(check.value), init.preset, null), rejected: null };
    return { ...derive(fallback, init.preset, null), rejected: { source: "The shared link", errors: check.errors } };
  }
  const rejected = shared ? { source: "The shared link", errors: [{ path: "(root)", message: shared.error }] } : null;
  return { ...derive(fallback, init.preset, null), rejected };
}

export function editorSlice(init: EditorInit): StateCreator<SandboxState, [], [], EditorSlice> {
  return (set, get) => ({
    preset: init.preset,
    ...initialEditor(init),
    setText: (text) => set(derive(text, get().preset, get().value)),
    setField: (path, v) => {
      const { value, preset } = get();
      if (get().syntax) return; // the form is read-only while the JSON does not parse
      set(derive(toText(setAt(value, path, v)), preset, value));
    },
    importText: (text, source) => {
      const check = checkScenarioText(text);
      if (!check.ok) {
        set({ rejected: { source, errors: check.errors } });
        return false;
      }
      set({ ...derive(toText(check.value), get().preset, get().value), rejected: null });
      return true;
    },
    resetToPreset: () => {
      const { preset } = get();
      set({ ...derive(toText(preset?.scenario ?? BLANK), preset, null), rejected: null });
    },
    dismissRejected: () => set({ rejected: null }),
  });
}
