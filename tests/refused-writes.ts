import { execFileSync } from "node:child_process";

const limit = (pid: number, soft: string) =>
  execFileSync("prlimit", ["--pid", String(pid), `--fsize=${soft}:unlimited`], { stdio: "ignore" });
const current = (pid: number) =>
  execFileSync("prlimit", ["--pid", String(pid), "--fsize", "--raw", "--noheadings", "--output=SOFT"], {
    encoding: "utf8",
  }).trim();

/**
 * Makes the disk refuse a process's writes, as a full or read-only disk does: its file-size limit
 * (RLIMIT_FSIZE, set with util-linux's prlimit) becomes one byte, so every write(2) to a file fails
 * (EFBIG; SQLite reports a disk I/O error). Reads go on working. Returns the undo.
 */
export function refuseWrites(pid: number = process.pid): () => void {
  const before = current(pid);
  limit(pid, "1");
  return () => limit(pid, before === "unlimited" || before === "-1" ? "unlimited" : before);
}

/** Runs `fn` while this process's writes are refused (see refuseWrites). */
export async function whileWritesRefused<T>(fn: () => Promise<T>): Promise<T> {
  const restore = refuseWrites();
  try {
    return await fn();
  } finally {
    restore();
  }
}
