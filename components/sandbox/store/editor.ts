/** The scenario being edited: JSON text and form share one value, validated on every change. */
import type { StateCreator } from "zustand/vanilla";
import type { ScenarioInput } from "@/lib/sim";
import { parseJsonText } from "@/lib/sandbox/json-text";
import { setAt } from "@/lib/sandbox/paths";
import type { EditorSlice, PresetProps, SandboxState } from "./types";
import type * as ValidationModule from "./validation";
import { chunk } from "../chunk";

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

/** The validator (zod, the schema and its checks): a chunk of its own, loaded once. */
export type Validation = typeof ValidationModule;
const VALIDATION = chunk<Validation>(() => import("./validation"));

/** Loads the validator; the page starts this on the learner's first interaction. */
export const loadValidation = () => VALIDATION.load();

type Checked = Pick<EditorSlice, "errors" | "scenario">;

/**
 * Derived editor fields for `text` (the previous JSON value is kept while the text does not parse).
 * Without the validator (`v` null) the text and value change at once and the last check's errors
 * and scenario stay, with `checking` set until the validator has run.
 */
export function derive(
  text: string,
  preset: PresetProps | null,
  previous: unknown,
  v: Pick<Validation, "parseScenario"> | null,
  last: Checked | null,
) {
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
      checking: false,
    };
  }
  const modified = JSON.stringify(json.value) !== JSON.stringify(preset?.scenario ?? null);
  if (!v) {
    return {
      text,
      value: json.value,
      syntax: null,
      errors: last?.errors ?? [],
      scenario: last?.scenario ?? null,
      modified,
      checking: true,
    };
  }
  const parsed = v.parseScenario(json.value);
  return {
    text,
    value: json.value,
    syntax: null,
    errors: parsed.ok ? [] : parsed.errors,
    scenario: parsed.ok ? parsed.scenario : null,
    modified,
    checking: false,
  };
}

export type EditorInitial = ReturnType<typeof derive> & Pick<EditorSlice, "rejected">;

export function editorSlice(
  preset: PresetProps | null,
  initial: EditorInitial,
): StateCreator<SandboxState, [], [], EditorSlice> {
  return (set, get) => {
    /** Puts `text` in the editor: validated now when the validator is loaded, else as soon as it is. */
    const edit = (text: string, previous: unknown, extra: Partial<EditorSlice> = {}) => {
      set({ ...derive(text, get().preset, previous, VALIDATION.current, get()), ...extra });
      if (VALIDATION.current) return;
      loadValidation().then(
        (v) => {
          const s = get();
          if (s.checking) set(derive(s.text, s.preset, s.value, v, s));
        },
        () => undefined, // still checking; the next change tries again
      );
    };
    return {
      preset,
      ...initial,
      setText: (text) => edit(text, get().value),
      setField: (path, v) => {
        const { value } = get();
        if (get().syntax) return; // the form is read-only while the JSON does not parse
        edit(toText(setAt(value, path, v)), value);
      },
      importText: async (text, source) => {
        const v = await loadValidation();
        const check = v.checkScenarioText(text);
        if (!check.ok) {
          set({ rejected: { source, errors: check.errors } });
          return false;
        }
        set({ ...derive(toText(check.value), get().preset, get().value, v, get()), rejected: null });
        return true;
      },
      resetToPreset: () => {
        const { preset } = get();
        edit(toText(preset?.scenario ?? BLANK), null, { rejected: null });
      },
      dismissRejected: () => set({ rejected: null }),
    };
  };
}
