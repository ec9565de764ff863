/** Cross-field rules that a per-field schema cannot express, checked on the raw input. */
import { AWS, MAX_TOTAL_REQUESTS } from "./params";
import type { ValidationError } from "./validate";

type Raw = Record<string, unknown>;

const isObj = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const FLOOR_MESSAGE = (what: string) =>
  `Specified ${what} for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].`;

/** Duplicate names, PC <= RC and the unreserved floor of 100, applied in function order like AWS. */
function checkFunctions(root: Raw, errors: ValidationError[]): Set<string> {
  const names = new Set<string>();
  const limit = num(isObj(root.account) ? root.account.concurrencyLimit : undefined) ?? 1000;
  let reserved = 0;
  list(root.functions).forEach((f, i) => {
    if (!isObj(f)) return;
    if (typeof f.name === "string") {
      if (names.has(f.name))
        errors.push({ path: `functions[${i}].name`, message: `duplicate function name "${f.name}"` });
      names.add(f.name);
    }
    const rc = num(f.reservedConcurrency);
    const pc = num(f.provisionedConcurrency) ?? 0;
    if (rc !== undefined && pc > rc) {
      errors.push({
        path: `functions[${i}].provisionedConcurrency`,
        message: `must be <= reservedConcurrency (${rc})`,
      });
    }
    const claim = rc ?? pc;
    if (claim > 0 && reserved + claim > limit - AWS.unreservedMinimum) {
      const field = rc !== undefined ? "reservedConcurrency" : "provisionedConcurrency";
      const what = rc !== undefined ? "ReservedConcurrentExecutions" : "ProvisionedConcurrentExecutions";
      errors.push({ path: `functions[${i}].${field}`, message: FLOOR_MESSAGE(what) });
    } else {
      reserved += claim;
    }
  });
  return names;
}

/** Estimated number of requests/messages/records an entry generates (for the safety cap). */
function estimate(t: Raw, durationMs: number): number {
  const from = num(t.fromMs) ?? 0;
  const to = Math.min(num(t.toMs) ?? durationMs, durationMs);
  const window = Math.max(0, to - from) / 1000;
  if (t.type === "sqs") return num(t.messages) ?? 0;
  if (t.type === "kinesis" || t.type === "dynamodb") return (num(t.recordsPerSecond) ?? 0) * window;
  return num(t.burst) ?? (num(t.rps) ?? 0) * window;
}

/** Traffic rules: known function, burst xor rps, toMs after fromMs, poison indices in range. */
function checkTraffic(root: Raw, names: Set<string>, errors: ValidationError[]): void {
  const durationMs = num(root.durationMs) ?? 60_000;
  let total = 0;
  list(root.traffic).forEach((t, i) => {
    if (!isObj(t)) return;
    const at = `traffic[${i}]`;
    if (typeof t.function === "string" && Array.isArray(root.functions) && !names.has(t.function)) {
      errors.push({ path: `${at}.function`, message: `unknown function "${t.function}"` });
    }
    if (t.type === "sync" || t.type === "async") {
      const hasBurst = t.burst !== undefined;
      const hasRps = t.rps !== undefined;
      if (hasBurst && hasRps) errors.push({ path: at, message: "set either burst or rps, not both" });
      if (!hasBurst && !hasRps) errors.push({ path: at, message: "needs burst (with atMs) or rps (with fromMs/toMs)" });
    }
    const from = num(t.fromMs) ?? 0;
    const to = num(t.toMs);
    if (to !== undefined && to <= from) errors.push({ path: `${at}.toMs`, message: "must be > fromMs" });
    if (t.type === "dynamodb" && t.retentionHours !== undefined && t.retentionHours !== 24) {
      errors.push({ path: `${at}.retentionHours`, message: "DynamoDB Streams keep records 24 h: must be 24" });
    }
    if (t.type === "sqs" && typeof t.function === "string") {
      const fn = list(root.functions).find((f) => isObj(f) && f.name === t.function);
      const timeoutS = (isObj(fn) ? num(fn.timeoutS) : undefined) ?? 3;
      const vis = num(t.visibilityTimeoutS) ?? 30;
      if (vis < timeoutS) {
        errors.push({
          path: `${at}.visibilityTimeoutS`,
          message: `Queue visibility timeout: ${vis} seconds is less than Function timeout: ${timeoutS} seconds`,
        });
      }
    }
    const max = t.type === "sqs" ? num(t.messages) : undefined;
    list(t.poisonIndices).forEach((p, j) => {
      if (max !== undefined && typeof p === "number" && p >= max) {
        errors.push({ path: `${at}.poisonIndices[${j}]`, message: `must be < messages (${max})` });
      }
    });
    total += estimate(t, durationMs);
  });
  if (total > MAX_TOTAL_REQUESTS) {
    const n = Math.round(total).toLocaleString("en-US");
    errors.push({ path: "traffic", message: `too much traffic (${n} requests); the limit is 10,000,000` });
  }
}

/** A preset's question must name functions of the scenario. */
function checkPrediction(root: Raw, names: Set<string>, errors: ValidationError[]): void {
  if (!isObj(root.predict)) return;
  for (const key of ["metric", "per"] as const) {
    const path = root.predict[key];
    const fn = typeof path === "string" ? path.split(".")[1] : undefined;
    if (fn !== undefined && !names.has(fn))
      errors.push({ path: `predict.${key}`, message: `unknown function "${fn}"` });
  }
}

/** Runs every cross-field rule on the raw (unparsed) scenario. */
export function crossCheck(input: unknown): ValidationError[] {
  if (!isObj(input)) return [];
  const errors: ValidationError[] = [];
  const names = checkFunctions(input, errors);
  checkTraffic(input, names, errors);
  checkPrediction(input, names, errors);
  return errors;
}
