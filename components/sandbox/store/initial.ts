/** The editor's state when the sandbox opens, validated where the page is rendered (the server). */
import { decodeScenario } from "@/lib/sandbox/share";
import { BLANK, derive, toText, type EditorInitial } from "./editor";
import type { PresetProps } from "./types";
import * as validation from "./validation";

export type EditorInit = { preset: PresetProps | null; shared: { text: string } | { error: string } | null };

/** The `s` parameter of a shared link, decoded (or why it cannot be). */
export function sharedFromParam(share: string | null): EditorInit["shared"] {
  const decoded = share === null ? null : decodeScenario(share);
  return decoded === null ? null : decoded.ok ? { text: decoded.text } : { error: decoded.message };
}

/** Initial editor state: a valid shared scenario, else the preset, else the blank scenario. */
export function initialEditor(init: EditorInit): EditorInitial {
  const fallback = toText(init.preset?.scenario ?? BLANK);
  const shared = init.shared;
  const open = (text: string) => derive(text, init.preset, null, validation, null);
  if (shared && "text" in shared) {
    const check = validation.checkScenarioText(shared.text);
    if (check.ok) return { ...open(toText(check.value)), rejected: null };
    return { ...open(fallback), rejected: { source: "The shared link", errors: check.errors } };
  }
  const rejected = shared ? { source: "The shared link", errors: [{ path: "(root)", message: shared.error }] } : null;
  return { ...open(fallback), rejected };
}
