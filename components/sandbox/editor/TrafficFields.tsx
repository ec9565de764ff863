"use client";

import { useId } from "react";
import { getAt } from "@/lib/sandbox/paths";
import { buttonSecondary, inputBase } from "@/components/ui/styles";
import { useSandbox } from "../SandboxStoreProvider";
import { CheckField, NullableNumberField, NumberField, SelectField } from "./fields";

const TYPES: [string, string][] = [
  ["sync", "Synchronous calls"],
  ["async", "Asynchronous events"],
  ["sqs", "SQS queue"],
  ["kinesis", "Kinesis stream"],
  ["dynamodb", "DynamoDB stream"],
];

/** A fresh entry of a traffic type for function `fn`. */
function entryOf(type: string, fn: string): Record<string, unknown> {
  if (type === "sqs") return { function: fn, type, messages: 1000, atMs: 0, batchSize: 10, visibilityTimeoutS: 30 };
  if (type === "kinesis" || type === "dynamodb")
    return { function: fn, type, shards: 2, recordsPerSecond: 50, fromMs: 0, batchSize: 100 };
  return { function: fn, type, burst: 100, atMs: 0 };
}

function ArrivalFields({ i }: { i: number }) {
  const id = useId();
  const setField = useSandbox((s) => s.setField);
  const entry = useSandbox((s) => getAt(s.value, ["traffic", i]) as Record<string, unknown>);
  const isBurst = entry.burst !== undefined;
  const p = (k: string) => ["traffic", i, k];
  const mode = (m: string) => {
    const { burst: _b, atMs: _a, rps: _r, fromMs: _f, toMs: _t, ...rest } = entry;
    setField(["traffic", i], m === "burst" ? { ...rest, burst: 100, atMs: 0 } : { ...rest, rps: 50, fromMs: 0 });
  };
  return (
    <>
      <div className="col-span-2">
        <label htmlFor={id} className="mb-1 block text-sm font-medium">
          Arrivals
        </label>
        <select id={id} className={inputBase} value={isBurst ? "burst" : "rps"} onChange={(e) => mode(e.target.value)}>
          <option value="burst">A burst at one moment</option>
          <option value="rps">A steady rate (requests/s)</option>
        </select>
      </div>
      {isBurst ? (
        <>
          <NumberField path={p("burst")} label="Requests in the burst" step="1" />
          <NumberField path={p("atMs")} label="At (ms)" step="1" />
        </>
      ) : (
        <>
          <NumberField path={p("rps")} label="Requests per second" />
          <NumberField path={p("fromMs")} label="From (ms)" step="1" />
          <NumberField path={p("toMs")} label="To (ms, empty = end)" step="1" />
          <SelectField
            path={p("arrival")}
            label="Spacing"
            options={[
              ["even", "Even"],
              ["poisson", "Poisson (random)"],
            ]}
          />
        </>
      )}
    </>
  );
}

function TrafficBlock({ i, names }: { i: number; names: string[] }) {
  const setField = useSandbox((s) => s.setField);
  const entry = useSandbox((s) => getAt(s.value, ["traffic", i]) as Record<string, unknown>);
  const type = String(entry.type);
  const p = (k: string) => ["traffic", i, k];
  return (
    <fieldset className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 font-semibold">Traffic {i + 1}</legend>
      <div className="grid grid-cols-2 gap-3">
        <SelectField path={p("function")} label="Function" options={names.map((n) => [n, n])} />
        <div>
          <label htmlFor={`traffic-${i}-type`} className="mb-1 block text-sm font-medium">
            Source
          </label>
          <select
            id={`traffic-${i}-type`}
            className={inputBase}
            value={type}
            onChange={(e) => setField(["traffic", i], entryOf(e.target.value, String(entry.function)))}
          >
            {TYPES.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        {type === "sync" || type === "async" ? <ArrivalFields i={i} /> : null}
        {type === "sqs" ? (
          <>
            <NumberField path={p("messages")} label="Messages" step="1" />
            <NumberField path={p("atMs")} label="Sent at (ms)" step="1" />
            <NumberField path={p("batchSize")} label="Batch size" step="1" />
            <NumberField path={p("visibilityTimeoutS")} label="Visibility timeout (s)" step="1" />
            <NullableNumberField
              path={p("maxReceiveCount")}
              label="maxReceiveCount"
              toggle="Redrive to a DLQ"
              whenOn={5}
            />
            <NullableNumberField
              path={p("maximumConcurrency")}
              label="MaximumConcurrency"
              toggle="Cap the pollers"
              whenOn={10}
            />
            <NumberField path={p("poisonRate")} label="Poison messages (0–1)" />
            <CheckField path={p("reportBatchItemFailures")} label="ReportBatchItemFailures" />
          </>
        ) : null}
        {type === "kinesis" || type === "dynamodb" ? (
          <>
            <NumberField path={p("shards")} label="Shards" step="1" />
            <NumberField path={p("recordsPerSecond")} label="Records per second" />
            <NumberField path={p("batchSize")} label="Batch size" step="1" />
            <NumberField path={p("parallelizationFactor")} label="Parallelization factor" step="1" />
            <NumberField path={p("maxRetryAttempts")} label="Maximum retry attempts (−1 = forever)" step="1" />
            <NumberField path={p("maxRecordAgeS")} label="Maximum record age (s, −1 = none)" step="1" />
            <NumberField path={p("poisonRate")} label="Poison records (0–1)" />
            <CheckField path={p("bisectOnError")} label="Bisect batch on error" />
            <CheckField path={p("onFailure")} label="On-failure destination" />
          </>
        ) : null}
      </div>
      <button type="button" className={`${buttonSecondary} mt-3`} onClick={() => setField(["traffic", i], undefined)}>
        Remove this traffic
      </button>
    </fieldset>
  );
}

/** Every traffic entry, and buttons to add one. */
export function TrafficFields() {
  const traffic = useSandbox((s) => getAt(s.value, ["traffic"]));
  const fns = useSandbox((s) => getAt(s.value, ["functions"]));
  const setField = useSandbox((s) => s.setField);
  const count = Array.isArray(traffic) ? traffic.length : 0;
  const names = Array.isArray(fns) ? fns.map((f) => String((f as { name?: unknown }).name ?? "")) : [];
  return (
    <div className="space-y-3">
      <h3 className="text-base font-semibold">Traffic</h3>
      {Array.from({ length: count }, (_, i) => (
        <TrafficBlock key={i} i={i} names={names} />
      ))}
      <button
        type="button"
        className={buttonSecondary}
        onClick={() => setField(["traffic", count], entryOf("sync", names[0] ?? ""))}
      >
        Add traffic
      </button>
    </div>
  );
}
