import { createStore } from "zustand/vanilla";
import { SimClient } from "../worker/client";
import { editorSlice, type EditorInitial } from "./editor";
import { runSlice } from "./run";
import { toolsSlice } from "./tools";
import type { PresetProps, SandboxState } from "./types";

export type StoreInit = { preset: PresetProps | null; initial: EditorInitial };

/** One sandbox's state and its own simulation worker (one store per mounted page, never module-global). */
export function createSandboxStore(init: StoreInit, now: () => number = () => performance.now()) {
  const client = new SimClient();
  const store = createStore<SandboxState>()((...a) => ({
    ...editorSlice(init.preset, init.initial)(...a),
    ...runSlice(client, now)(...a),
    ...toolsSlice(client)(...a),
  }));
  return { store, client };
}

export type SandboxStore = ReturnType<typeof createSandboxStore>["store"];
