import type { PriorReview, ReviewStore, ReviewWrite } from "./review-store";
import { DatabaseBusyError } from "./sqlite-review-store";

/**
 * A review store in another process. SQLite lets one connection write at a time, so when the
 * production server runs several worker processes, the cluster primary owns the only review
 * writer (one group-commit queue, one WAL checkpointer) and the workers send it their reviews:
 * no worker waits for another's write lock, and reviews from all workers share a commit.
 *
 * The channel carries structured clones (cluster `serialization: "advanced"`, or a MessagePort),
 * so Dates arrive as Dates. Only the server's own processes are on it; the request was
 * validated (session, zod schema, answer token) in the worker before it got here.
 */
export type Channel = {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called when the other end is gone: requests still waiting for an answer fail. */
  onClose(listener: () => void): void;
};

const TAG = "coldstartReviewStore";

type Call = { op: "record"; write: ReviewWrite } | { op: "prior"; userId: string; idempotencyKey: string };
type Answer =
  { [TAG]: number; ok: true; value: unknown } | { [TAG]: number; ok: false; busy: boolean; message: string };

const isTagged = (m: unknown): m is { [TAG]: number } =>
  typeof m === "object" && m !== null && typeof (m as Record<string, unknown>)[TAG] === "number";

/** Answers the calls that arrive on `channel` from `store`. */
export function serveReviewStore(store: ReviewStore, channel: Channel): void {
  channel.onMessage((m) => {
    if (!isTagged(m)) return; // some other message on the same channel
    const call = m as Call & { [TAG]: number };
    const id = call[TAG];
    const work = call.op === "record" ? store.record(call.write) : store.priorByKey(call.userId, call.idempotencyKey);
    work.then(
      (value) => channel.send({ [TAG]: id, ok: true, value } satisfies Answer),
      (e: unknown) =>
        channel.send({
          [TAG]: id,
          ok: false,
          busy: e instanceof DatabaseBusyError,
          message: e instanceof Error ? e.message : String(e),
        } satisfies Answer),
    );
  });
}

/** A ReviewStore whose calls are answered by serveReviewStore at the other end of `channel`. */
export function remoteReviewStore(channel: Channel): ReviewStore {
  let seq = 0;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  channel.onMessage((m) => {
    if (!isTagged(m)) return;
    const answer = m as Answer;
    const call = waiting.get(answer[TAG]);
    if (!call) return;
    waiting.delete(answer[TAG]);
    if (answer.ok) call.resolve(answer.value);
    else call.reject(answer.busy ? new DatabaseBusyError() : new Error(`review store: ${answer.message}`));
  });
  channel.onClose(() => {
    for (const call of waiting.values()) call.reject(new Error("review store: the writer process is gone"));
    waiting.clear();
  });
  const ask = <T>(call: Call): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = ++seq;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      try {
        channel.send({ ...call, [TAG]: id });
      } catch (e) {
        waiting.delete(id);
        reject(e);
      }
    });
  return {
    record: (write) => ask<"recorded" | "conflict">({ op: "record", write }),
    priorByKey: (userId, idempotencyKey) => ask<PriorReview | null>({ op: "prior", userId, idempotencyKey }),
  };
}

/** The channel from a cluster worker (or any forked child) to its parent process. */
export function parentProcessChannel(): Channel {
  const send = process.send?.bind(process);
  if (!send) throw new Error("this process has no IPC channel to a parent process");
  return {
    send: (m) => void send(m),
    onMessage: (listener) => void process.on("message", listener),
    onClose: (listener) => void process.on("disconnect", listener),
  };
}

/** The channel from a parent process to a child it forked (a cluster worker, say). */
export function childProcessChannel(child: {
  send(message: unknown): boolean;
  on(event: "message", listener: (message: unknown) => void): unknown;
  on(event: "disconnect", listener: () => void): unknown;
  isConnected?(): boolean;
  connected?: boolean;
}): Channel {
  return {
    // A child that has gone cannot be answered; its requests went with it.
    send: (m) => void ((child.isConnected?.() ?? child.connected) && child.send(m)),
    onMessage: (listener) => void child.on("message", listener),
    onClose: (listener) => void child.on("disconnect", listener),
  };
}
