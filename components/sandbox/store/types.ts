/** State of one mounted sandbox: the scenario being edited, the run, playback, the question and the tools. */
import type { Scenario, ScenarioInput, ValidationError } from "@/lib/sim";
import type { Answer } from "@/lib/sim/answer";
import type { Prediction } from "@/lib/sim/prediction";
import type { PowerPoint } from "@/lib/sim/power-tune";
import type { LineKind, LineStatus } from "@/lib/sim/trace-format";
import type { CardLink, Explanation } from "@/lib/content/presets";
import type { RunPayload, Totals } from "../worker/protocol";

/** What the server hands the page about a preset (the question's answer is never part of it). */
export type PresetProps = {
  id: string;
  title: string;
  description: string;
  cards: CardLink[];
  scenario: ScenarioInput;
  question: Prediction | null;
  explanation: Explanation | null;
};

export type SyntaxProblem = { message: string; from: number; to: number; line: number; column: number };

export interface EditorSlice {
  preset: PresetProps | null;
  text: string;
  /** Last syntactically valid JSON value (the form edits it). */
  value: unknown;
  syntax: SyntaxProblem | null;
  errors: ValidationError[];
  scenario: Scenario | null;
  modified: boolean;
  /** The text changed before the validator had loaded: errors and scenario are the last check's until it runs. */
  checking: boolean;
  /** Errors of a rejected import or share link (nothing was changed). */
  rejected: { source: string; errors: ValidationError[] } | null;
  setText: (text: string) => void;
  setField: (path: (string | number)[], value: unknown) => void;
  importText: (text: string, source: string) => Promise<boolean>;
  resetToPreset: () => void;
  dismissRejected: () => void;
}

export type RunStatus = "idle" | "running" | "done" | "cancelled" | "error";
export type PredictionOutcome = {
  answer: Answer;
  engine: number;
  correct: boolean;
  /** Saving for a signed-in learner: one idempotency key per outcome, so a retry is stored once. */
  key: string;
  saved: "no" | "saving" | "saved" | "failed";
  history?: { total: number; correct: number };
};

export interface RunSlice {
  /** The worker has loaded and compiled the simulator (Run works before that too; it just waits). */
  workerReady: boolean;
  status: RunStatus;
  progress: number;
  runError: string | null;
  payload: RunPayload | null;
  /** The scenario of the run on screen (labels, limits, memory). */
  ran: Scenario | null;
  /** Milliseconds from Run to the result on the page. */
  runMs: number | null;
  /** The learner's answer to the preset's question; locked once submitted. */
  answer: Answer | null;
  locked: boolean;
  outcome: PredictionOutcome | null;
  playhead: number;
  playing: boolean;
  speed: number;
  run: () => Promise<void>;
  cancel: () => void;
  setAnswer: (a: Answer | null) => void;
  submitAnswer: () => void;
  setPlayhead: (ms: number) => void;
  setPlaying: (on: boolean) => void;
  setSpeed: (s: number) => void;
  setOutcomeSaved: (saved: PredictionOutcome["saved"], history?: PredictionOutcome["history"]) => void;
}

export type LogFilter = { fn: number; kind: LineKind | "all"; status: LineStatus | "all"; follow: boolean };

export interface ToolsSlice {
  tab: "watch" | "compare" | "tune";
  logFilter: LogFilter;
  compareB: { fn: string; reservedConcurrency: number | null; provisionedConcurrency: number; memoryMb: number } | null;
  compareErrors: ValidationError[];
  compareStatus: RunStatus;
  compareResult: { a: Totals; b: Totals; fn: string } | null;
  tuneFn: string | null;
  tuneStatus: RunStatus;
  tuneProgress: number;
  tunePoints: PowerPoint[] | null;
  setTab: (t: ToolsSlice["tab"]) => void;
  setLogFilter: (f: Partial<LogFilter>) => void;
  setCompareB: (b: ToolsSlice["compareB"]) => void;
  runCompare: () => Promise<void>;
  setTuneFn: (fn: string) => void;
  runTune: () => Promise<void>;
}

export type SandboxState = EditorSlice & RunSlice & ToolsSlice;
