"use client";

import { useId } from "react";
import type { PathKey } from "@/lib/sandbox/paths";
import { inputBase } from "@/components/ui/styles";
import { NumberField, useField } from "./fields";

type Dist = number | { dist: "lognormal"; p50: number; p99: number } | { dist: "uniform"; min: number; max: number };

/** A duration that is a fixed number of ms or a distribution (lognormal p50/p99, uniform min/max). */
export function DistributionField({ path, label }: { path: PathKey[]; label: string }) {
  const id = useId();
  const f = useField(path);
  const v = f.value as Dist | undefined;
  const kind = typeof v === "object" && v !== null ? v.dist : "fixed";
  const centre =
    typeof v === "number" ? v : typeof v === "object" && v ? ("p50" in v ? v.p50 : (v.min + v.max) / 2) : 100;
  const change = (k: string) => {
    if (k === "fixed") f.set(centre);
    else if (k === "lognormal") f.set({ dist: "lognormal", p50: centre, p99: centre * 3 });
    else f.set({ dist: "uniform", min: Math.round(centre * 0.5), max: Math.round(centre * 1.5) });
  };
  return (
    <fieldset className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium">{label}</legend>
      <label htmlFor={id} className="sr-only">
        {label}: kind
      </label>
      <select id={id} className={inputBase} value={kind} disabled={f.disabled} onChange={(e) => change(e.target.value)}>
        <option value="fixed">Fixed</option>
        <option value="lognormal">Lognormal (p50, p99)</option>
        <option value="uniform">Uniform (min, max)</option>
      </select>
      <div className="mt-2 grid grid-cols-2 gap-2">
        {kind === "fixed" ? <NumberField path={path} label="ms" className="col-span-2" /> : null}
        {kind === "lognormal" ? (
          <>
            <NumberField path={[...path, "p50"]} label="p50 (ms)" />
            <NumberField path={[...path, "p99"]} label="p99 (ms)" />
          </>
        ) : null}
        {kind === "uniform" ? (
          <>
            <NumberField path={[...path, "min"]} label="min (ms)" />
            <NumberField path={[...path, "max"]} label="max (ms)" />
          </>
        ) : null}
      </div>
      {f.error ? <p className="mt-1 text-sm text-red-700 dark:text-red-400">{f.error}</p> : null}
    </fieldset>
  );
}
