"use client";

import { createElement, useEffect, useState, type ComponentType, type ReactNode } from "react";
import { chunk, type Chunk } from "./chunk";

/**
 * Parts of the sandbox that are not on the first screen, each in its own chunk: the Watch view of a
 * run and the two tool panels. The page starts loading the Watch view on the first interaction and
 * on Run (Workbench, RunBar); the tool panels load when their tab is first opened.
 *
 * Not `next/dynamic`: that suspends on first render even when the chunk is already there, and React
 * holds a revealed Suspense boundary back for up to 300 ms, which the first run's results waited for.
 */
export const RUN_VIEW = chunk(() => import("./results/RunView").then((m) => m.default));
export const COMPARE_PANEL = chunk(() => import("./tools/ComparePanel").then((m) => m.ComparePanel));
export const TUNE_PANEL = chunk(() => import("./tools/TunePanel").then((m) => m.TunePanel));

export const loadRunView = () => RUN_VIEW.load();

/**
 * The chunk's component once it has loaded, `loading` until then; at once when it is already loaded.
 * The component is the chunk module's own export (one per chunk), not one created during render.
 */
export function Later({ chunk: c, loading }: { chunk: Chunk<ComponentType>; loading: ReactNode }) {
  const [, loaded] = useState(0);
  useEffect(() => {
    if (!c.current)
      c.load().then(
        () => loaded((n) => n + 1),
        () => undefined,
      );
  }, [c]);
  return c.current ? createElement(c.current) : loading;
}
