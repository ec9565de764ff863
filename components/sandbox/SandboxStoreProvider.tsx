"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { decodeScenario } from "@/lib/sandbox/share";
import { createSandboxStore, type SandboxStore } from "./store";
import type { PresetProps, SandboxState } from "./store/types";

const SandboxContext = createContext<SandboxStore | null>(null);

type Props = { preset: PresetProps | null; share: string | null; children: ReactNode };

/** One sandbox store and simulation worker per mounted page; the worker starts early and stops on leave. */
export function SandboxStoreProvider({ preset, share, children }: Props) {
  const [{ store, client }] = useState(() => {
    const decoded = share === null ? null : decodeScenario(share);
    const shared = decoded === null ? null : decoded.ok ? { text: decoded.text } : { error: decoded.message };
    return createSandboxStore({ preset, shared });
  });
  useEffect(() => {
    void client.warm().then(() => store.setState({ workerReady: true }));
    return () => client.dispose();
  }, [client, store]);
  return <SandboxContext.Provider value={store}>{children}</SandboxContext.Provider>;
}

/** Reads from the page's sandbox store. */
export function useSandbox<T>(selector: (s: SandboxState) => T): T {
  const store = useContext(SandboxContext);
  if (!store) throw new Error("useSandbox needs a SandboxStoreProvider");
  return useStore(store, selector);
}

/** The store itself, for effects that subscribe outside React renders (canvas drawing, URL sync). */
export function useSandboxStore(): SandboxStore {
  const store = useContext(SandboxContext);
  if (!store) throw new Error("useSandboxStore needs a SandboxStoreProvider");
  return store;
}
