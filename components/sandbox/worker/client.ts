/**
 * The page's handle on the simulation worker: one request at a time per call, progress callbacks,
 * and cancel by terminating the worker (simulate is synchronous, so nothing else can stop it);
 * a new worker starts on the next request.
 */
import type { ScenarioInput, ValidationError } from "@/lib/sim";
import type { PowerPoint } from "@/lib/sim/power-tune";
import type { RunPayload, Totals, WorkerRequest, WorkerResponse } from "./protocol";

export class Cancelled extends Error {
  constructor() {
    super("cancelled");
  }
}
export class InvalidScenario extends Error {
  constructor(readonly errors: ValidationError[]) {
    super("invalid scenario");
  }
}

const WARM_UP: ScenarioInput = {
  durationMs: 2000,
  functions: [{ name: "warm-up", reservedConcurrency: 5 }],
  traffic: [{ function: "warm-up", type: "sync", burst: 10 }],
};

type Pending = { resolve: (r: WorkerResponse) => void; reject: (e: Error) => void; progress?: (f: number) => void };
type Body<T> = T extends { id: number } ? Omit<T, "id"> : never;

export class SimClient {
  private worker: Worker | null = null;
  private seq = 0;
  private pending = new Map<number, Pending>();

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL("./sim.worker.ts", import.meta.url), { type: "module", name: "simulator" });
    w.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const m = e.data;
      const p = this.pending.get(m.id);
      if (!p) return;
      if (m.type === "progress") return p.progress?.(m.fraction);
      this.pending.delete(m.id);
      if (m.type === "invalid") p.reject(new InvalidScenario(m.errors));
      else if (m.type === "failed") p.reject(new Error(m.message));
      else p.resolve(m);
    };
    w.onerror = (e) => this.fail(new Error(e.message || "the simulator stopped"));
    this.worker = w;
    return w;
  }

  /**
   * Starts the worker ahead of the first Run and runs a tiny scenario in it, so the simulator and
   * the schema are loaded and compiled before the learner presses Run.
   */
  warm(): Promise<void> {
    if (this.worker) return Promise.resolve();
    this.ensure();
    return this.run(WARM_UP, 1000).then(
      () => undefined,
      () => undefined,
    );
  }

  private request(body: Body<WorkerRequest>, progress?: (f: number) => void): Promise<WorkerResponse> {
    const id = ++this.seq;
    const w = this.ensure();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress });
      w.postMessage({ ...body, id } as WorkerRequest);
    });
  }

  async run(scenario: ScenarioInput, maxRows: number, progress?: (f: number) => void): Promise<RunPayload> {
    const r = await this.request({ type: "run", scenario, maxRows }, progress);
    if (r.type !== "run") throw new Error("unexpected reply");
    return r.payload;
  }

  async tune(
    scenario: ScenarioInput,
    fn: string,
    sizes: number[],
    progress?: (f: number) => void,
  ): Promise<PowerPoint[]> {
    const r = await this.request({ type: "tune", scenario, fn, sizes }, progress);
    if (r.type !== "tune") throw new Error("unexpected reply");
    return r.points;
  }

  async compare(a: ScenarioInput, b: ScenarioInput, progress?: (f: number) => void): Promise<{ a: Totals; b: Totals }> {
    const r = await this.request({ type: "compare", a, b }, progress);
    if (r.type !== "compare") throw new Error("unexpected reply");
    return { a: r.a, b: r.b };
  }

  /** Stops whatever runs now; its promise rejects with Cancelled. */
  cancel(): void {
    this.fail(new Cancelled());
  }

  private fail(err: Error): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  dispose(): void {
    this.cancel();
  }
}
