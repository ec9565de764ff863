import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkpointOnce, RESTART_WAIT_MS, walCheckpoints } from "./wal-checkpoints";

let dir: string;
let file: string;
let writer: Database.Database;
let checkpointer: Database.Database;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "coldstart-wal-"));
  file = path.join(dir, "wal.db");
  writer = new Database(file);
  writer.pragma("journal_mode = WAL");
  writer.pragma("wal_autocheckpoint = 0"); // as the review store's connection
  writer.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
  checkpointer = new Database(file, { fileMustExist: true, timeout: RESTART_WAIT_MS }); // as the thread opens it
});
afterEach(() => {
  writer.close();
  checkpointer.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const limits = { restartAtFrames: 10, catchUpRounds: 2, caughtUpFrames: 5 };

/** `n` commits, each adding a row (and so at least one WAL frame). */
const commit = (n: number) => {
  const insert = writer.prepare("INSERT INTO t (v) VALUES (?)");
  for (let i = 0; i < n; i++) insert.run("x".repeat(500));
};
/** Frames in the WAL, as a checkpoint that copies nothing new reports them. */
const walFrames = () => (checkpointer.pragma("wal_checkpoint(PASSIVE)") as { log: number }[])[0]!.log;

describe("a checkpoint round", () => {
  it("only copies the WAL back while it is shorter than the limit", () => {
    commit(20);
    expect(checkpointOnce(checkpointer, { restartAtFrames: 1000, catchUpRounds: 2, caughtUpFrames: 5 })).toBe(
      "passive",
    );
    expect(checkpointer.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 20 });
  });

  it("starts a WAL that reached the limit over, losing nothing", () => {
    commit(20);
    expect(checkpointOnce(checkpointer, limits)).toBe("restarted");
    commit(1);
    expect(walFrames()).toBeLessThanOrEqual(2); // the next write went to the WAL's beginning
    expect(checkpointer.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 21 });
  });

  it("holds writers off for a bounded time only: a RESTART gives way to a reader after RESTART_WAIT_MS", () => {
    commit(20);
    const reader = new Database(file, { fileMustExist: true });
    reader.exec("BEGIN");
    reader.prepare("SELECT count(*) AS n FROM t").get(); // a snapshot that reads from the WAL
    try {
      // The wait is SQLite's busy timeout on the checkpoint connection: bounded by configuration,
      // not by how fast this machine happens to be.
      expect(checkpointer.pragma("busy_timeout", { simple: true })).toBe(RESTART_WAIT_MS);
      const started = performance.now();
      expect(checkpointOnce(checkpointer, limits)).toBe("restart gave way to a reader");
      expect(performance.now() - started).toBeGreaterThanOrEqual(RESTART_WAIT_MS * 0.9);
    } finally {
      reader.exec("COMMIT");
      reader.close();
    }
    commit(1); // and writers go on
    expect(checkpointer.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 21 });
  });
});

describe("checkpoints run for other processes' writes (the cluster primary's)", () => {
  it("copies committed pages into the database file from a thread", async () => {
    commit(20);
    const size = fs.statSync(file).size;
    const checkpoints = walCheckpoints(file, 50);
    try {
      await expect.poll(() => fs.statSync(file).size, { timeout: 3000, interval: 25 }).toBeGreaterThan(size);
    } finally {
      checkpoints.stop();
    }
  });

  it("checkpoints on the main thread when the thread fails", async () => {
    commit(20);
    const size = fs.statSync(file).size;
    const failing = (_file: string, _everyMs: number, onError: (e: unknown) => void) => {
      const worker = new Worker("throw new Error('the checkpoint thread could not start')", { eval: true });
      worker.on("error", onError);
      return worker;
    };
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const checkpoints = walCheckpoints(file, 50, failing);
    try {
      await expect.poll(() => fs.statSync(file).size, { timeout: 3000, interval: 25 }).toBeGreaterThan(size);
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(/checkpoint thread failed/), expect.any(Error));
    } finally {
      checkpoints.stop();
      logged.mockRestore();
    }
  });
});
