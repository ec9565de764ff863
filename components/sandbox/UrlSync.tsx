"use client";

import { useEffect } from "react";
import { useSandboxStore } from "./SandboxStoreProvider";
import { shareUrl } from "./ShareBar";

/** Keeps the address bar on the scenario being edited, so a reload or a copied URL brings it back. */
export function UrlSync() {
  const store = useSandboxStore();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsub = store.subscribe((s, prev) => {
      if (s.value === prev.value && s.modified === prev.modified) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { preset, modified, value, syntax } = store.getState();
        if (syntax) return; // keep the last URL that held a whole scenario
        const url = shareUrl(location.origin, preset?.id ?? null, modified, value);
        if (url !== location.href) history.replaceState(history.state, "", url);
      }, 300);
    });
    return () => {
      clearTimeout(timer);
      unsub();
    };
  }, [store]);
  return null;
}
