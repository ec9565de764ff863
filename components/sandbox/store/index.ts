import { createStore } from "zustand/vanilla";
import { SimClient } from "../worker/client";
import { editorSlice, type EditorInit } from "./editor";
import { runSlice } from "./run";
import { toolsSlice } from "./tools";
import type { SandboxState } from "./types";

/** One sandbox's state and its own simulation worker (one store per mounted page, never module-global). */
export function createSandboxStore(init: EditorInit, now: () => number = () => performance.now()) {
  const client = new SimClient();
  const store = createStore<SandboxState>()((...a) => ({
    ...editorSlice(init)(...a),
    ...runSlice(client, now)(...a),
    ...toolsSlice(client)(...a),
  }));
  return { store, client };
}

export type SandboxStore = ReturnType<typeof createSandboxStore>["store"];
