/** Compare two variants on the same traffic, and power-tune one function across memory sizes. */
import type { StateCreator } from "zustand/vanilla";
import type { ScenarioInput } from "@/lib/sim";
import { POWER_SIZES } from "@/lib/sim/power-tune";
import { Cancelled, InvalidScenario, type SimClient } from "../worker/client";
import { loadValidation } from "./editor";
import type { SandboxState, ToolsSlice } from "./types";

/** Variant B: the edited scenario with one function's concurrency and memory changed. */
export function variantB(value: unknown, b: NonNullable<ToolsSlice["compareB"]>): ScenarioInput {
  const s = value as ScenarioInput;
  return {
    ...s,
    functions: s.functions.map((f) =>
      f.name === b.fn
        ? {
            ...f,
            reservedConcurrency: b.reservedConcurrency,
            provisionedConcurrency: b.provisionedConcurrency,
            memoryMb: b.memoryMb,
          }
        : f,
    ),
  };
}

export function toolsSlice(client: SimClient): StateCreator<SandboxState, [], [], ToolsSlice> {
  return (set, get) => ({
    tab: "watch",
    logFilter: { fn: -1, kind: "all", status: "all", follow: true },
    compareB: null,
    compareErrors: [],
    compareStatus: "idle",
    compareResult: null,
    tuneFn: null,
    tuneStatus: "idle",
    tuneProgress: 0,
    tunePoints: null,
    setTab: (tab) => set({ tab }),
    setLogFilter: (f) => set({ logFilter: { ...get().logFilter, ...f } }),
    setCompareB: (compareB) => {
      set({ compareB });
      if (!compareB) return set({ compareErrors: [] });
      // B is checked as soon as the validator is there (the worker checks it again on Compare).
      loadValidation().then(
        ({ parseScenario }) => {
          if (get().compareB !== compareB) return;
          const check = parseScenario(variantB(get().value, compareB));
          set({ compareErrors: check.ok ? [] : check.errors });
        },
        () => undefined,
      );
    },
    async runCompare() {
      const { scenario, value, compareB, compareErrors, compareStatus } = get();
      if (!scenario || !compareB || compareErrors.length > 0 || compareStatus === "running") return;
      set({ compareStatus: "running" });
      try {
        const r = await client.compare(value as ScenarioInput, variantB(value, compareB));
        set({ compareStatus: "done", compareResult: { ...r, fn: compareB.fn } });
      } catch (e) {
        if (e instanceof InvalidScenario) set({ compareStatus: "error", compareErrors: e.errors });
        else set({ compareStatus: e instanceof Cancelled ? "cancelled" : "error" });
      }
    },
    setTuneFn: (tuneFn) => set({ tuneFn }),
    async runTune() {
      const { scenario, value, tuneFn, tuneStatus } = get();
      const fn = tuneFn ?? scenario?.functions[0]?.name;
      if (!scenario || !fn || tuneStatus === "running") return;
      set({ tuneStatus: "running", tuneProgress: 0, tuneFn: fn });
      try {
        const points = await client.tune(value as ScenarioInput, fn, POWER_SIZES, (f) => set({ tuneProgress: f }));
        set({ tuneStatus: "done", tunePoints: points, tuneProgress: 1 });
      } catch (e) {
        set({ tuneStatus: e instanceof Cancelled ? "cancelled" : "error" });
      }
    },
  });
}
