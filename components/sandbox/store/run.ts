/** Running the scenario in the worker, the prediction gate, and playback of the result. */
import type { StateCreator } from "zustand/vanilla";
import type { ScenarioInput } from "@/lib/sim";
import { engineAnswer, judge } from "@/lib/sim/answer";
import { Cancelled, InvalidScenario, type SimClient } from "../worker/client";
import type { RunSlice, SandboxState } from "./types";

/** Rows (invocations + marks) kept for lanes and the log; totals and charts always cover the whole run. */
export const MAX_TRACE_ROWS = 2_000_000;

/** Playback speeds, in simulated ms per real ms. */
export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

/** A speed that plays the whole run in about 15 seconds. */
export function defaultSpeed(durationMs: number): number {
  const want = durationMs / 15_000;
  return SPEEDS.find((s) => s >= want) ?? (SPEEDS.at(-1) as number);
}

/** True while the preset's question waits for an answer (Run stays locked). */
export function needsAnswer(s: Pick<SandboxState, "preset" | "modified" | "locked">): boolean {
  return Boolean(s.preset?.question) && !s.modified && !s.locked;
}

export function runSlice(client: SimClient, now: () => number): StateCreator<SandboxState, [], [], RunSlice> {
  return (set, get) => ({
    workerReady: false,
    status: "idle",
    progress: 0,
    runError: null,
    payload: null,
    ran: null,
    runMs: null,
    answer: null,
    locked: false,
    outcome: null,
    playhead: 0,
    playing: false,
    speed: 1,

    async run() {
      const s = get();
      if (!s.scenario || s.checking || s.status === "running" || needsAnswer(s)) return;
      const scenario = s.scenario;
      const asked = s.preset?.question && !s.modified && s.answer ? { q: s.preset.question, answer: s.answer } : null;
      set({ status: "running", progress: 0, runError: null, playing: false });
      const started = now();
      try {
        const payload = await client.run(s.value as ScenarioInput, MAX_TRACE_ROWS, (f) => set({ progress: f }));
        let outcome = get().outcome;
        if (asked) {
          const engine = engineAnswer(asked.q, payload) ?? NaN;
          outcome = {
            answer: asked.answer,
            engine,
            correct: judge(asked.q, asked.answer, engine),
            key: crypto.randomUUID(),
            saved: "no",
          };
        }
        const reduced = typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
        set({
          status: "done",
          progress: 1,
          payload,
          ran: scenario,
          runMs: now() - started,
          outcome,
          speed: defaultSpeed(scenario.durationMs),
          playhead: reduced ? scenario.durationMs : 0,
          playing: !reduced,
        });
      } catch (e) {
        if (e instanceof Cancelled) set({ status: "cancelled", progress: 0 });
        else if (e instanceof InvalidScenario)
          set({ status: "error", runError: "The scenario is not valid.", errors: e.errors });
        else set({ status: "error", runError: e instanceof Error ? e.message : String(e) });
      }
    },

    cancel() {
      if (get().status === "running") client.cancel();
    },

    setAnswer: (answer) => {
      if (!get().locked) set({ answer });
    },
    submitAnswer: () => {
      if (get().answer) set({ locked: true });
    },
    setPlayhead: (ms) => {
      const end = get().ran?.durationMs ?? 0;
      set({ playhead: Math.max(0, Math.min(end, ms)) });
    },
    setPlaying: (on) => {
      const { playhead, ran } = get();
      // Play from the start again once the end is reached.
      if (on && ran && playhead >= ran.durationMs) set({ playhead: 0 });
      set({ playing: on && ran !== null });
    },
    setSpeed: (speed) => set({ speed }),
    setOutcomeSaved: (saved, history) => {
      const o = get().outcome;
      if (o) set({ outcome: { ...o, saved, history: history ?? o.history } });
    },
  });
}
