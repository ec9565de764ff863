"use client";

import { useSyncExternalStore } from "react";

const QUERY = "(prefers-color-scheme: dark)";

/** True when the page is in the dark colour scheme (it follows the system setting). */
export function useDark(): boolean {
  return useSyncExternalStore(
    (cb) => {
      const m = matchMedia(QUERY);
      m.addEventListener("change", cb);
      return () => m.removeEventListener("change", cb);
    },
    () => matchMedia(QUERY).matches,
    () => false,
  );
}
