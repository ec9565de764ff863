"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { createSandboxStore, type SandboxStore, type StoreInit } from "./store";
import type { SandboxState } from "./store/types";

const SandboxContext = createContext<SandboxStore | null>(null);

type Props = StoreInit & { children: ReactNode };

/** One sandbox store and simulation worker per mounted page; the worker starts early and stops on leave. */
export function SandboxStoreProvider({ preset, initial, children }: Props) {
  // The editor's state comes validated from the server (store/initial.ts): no zod at hydration.
  const [{ store, client }] = useState(() => createSandboxStore({ preset, initial }));
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
