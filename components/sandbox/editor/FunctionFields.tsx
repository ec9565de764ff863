"use client";

import { getAt } from "@/lib/sandbox/paths";
import { buttonSecondary } from "@/components/ui/styles";
import { useSandbox } from "../SandboxStoreProvider";
import { DistributionField } from "./DistributionField";
import { CheckField, NullableNumberField, NumberField, SelectField, TextField } from "./fields";

/** One function's settings: memory, timeout, concurrency, timings, failure rates and async handling. */
function FunctionBlock({ i, count }: { i: number; count: number }) {
  const setField = useSandbox((s) => s.setField);
  const name = useSandbox((s) => getAt(s.value, ["functions", i, "name"]));
  const p = (...k: (string | number)[]) => ["functions", i, ...k];
  return (
    <fieldset className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 font-semibold">Function {typeof name === "string" && name ? name : i + 1}</legend>
      <div className="grid grid-cols-2 gap-3">
        <TextField path={p("name")} label="Name" className="col-span-2" />
        <NumberField path={p("memoryMb")} label="Memory (MB)" step="1" hint="128–10,240; 1,769 MB = 1 vCPU" />
        <NumberField path={p("timeoutS")} label="Timeout (s)" step="1" />
        <SelectField
          path={p("architecture")}
          label="Architecture"
          options={[
            ["x86_64", "x86_64"],
            ["arm64", "arm64 (Graviton)"],
          ]}
        />
        <NumberField path={p("provisionedConcurrency")} label="Provisioned concurrency" step="1" />
        <NullableNumberField
          path={p("reservedConcurrency")}
          label="Reserved concurrency"
          toggle="Reserve concurrency"
          whenOn={100}
          className="col-span-2"
        />
        <DistributionField path={p("initMs")} label="Init (cold start)" />
        <DistributionField path={p("durationMs")} label="Handler duration" />
        <NumberField path={p("errorRate")} label="Error rate (0–1)" />
        <NumberField path={p("crashRate")} label="Crash rate (0–1)" />
      </div>
      <fieldset className="mt-3 grid grid-cols-2 gap-3">
        <legend className="mb-1 text-sm font-semibold">Asynchronous invocations</legend>
        <NumberField path={p("async", "maxRetries")} label="Retry attempts (0–2)" step="1" />
        <NumberField path={p("async", "maxEventAgeS")} label="Maximum event age (s)" step="1" />
        <CheckField path={p("async", "dlq")} label="Dead-letter queue" />
        <CheckField path={p("async", "onFailure")} label="On-failure destination" />
      </fieldset>
      {count > 1 ? (
        <button
          type="button"
          className={`${buttonSecondary} mt-3`}
          onClick={() => setField(["functions", i], undefined)}
        >
          Remove this function
        </button>
      ) : null}
    </fieldset>
  );
}

/** Every function of the scenario, and a button to add one. */
export function FunctionFields() {
  const count = useSandbox((s) =>
    Array.isArray(getAt(s.value, ["functions"])) ? (getAt(s.value, ["functions"]) as unknown[]).length : 0,
  );
  const setField = useSandbox((s) => s.setField);
  return (
    <div className="space-y-3">
      <h3 className="text-base font-semibold">Functions</h3>
      {Array.from({ length: count }, (_, i) => (
        <FunctionBlock key={i} i={i} count={count} />
      ))}
      <button
        type="button"
        className={buttonSecondary}
        onClick={() =>
          setField(["functions", count], { name: `function-${count + 1}`, memoryMb: 512, initMs: 300, durationMs: 200 })
        }
      >
        Add a function
      </button>
    </div>
  );
}
