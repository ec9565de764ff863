"use client";

import { NumberField, SelectField, TextField } from "./fields";

/** Scenario-wide settings: simulated time, seed, account concurrency and the scaling model. */
export function AccountFields() {
  return (
    <fieldset className="grid grid-cols-2 gap-3">
      <legend className="mb-2 text-base font-semibold">Account and run</legend>
      <NumberField path={["durationMs"]} label="Simulated time (s)" scale={1000} />
      <NumberField path={["seed"]} label="Seed" step="1" hint="Same seed, same run." />
      <NumberField path={["account", "concurrencyLimit"]} label="Account concurrency limit" step="1" />
      <SelectField
        path={["account", "scaling"]}
        label="Scaling model"
        options={[
          ["current", "Current: 1,000 per 10 s per function"],
          ["legacy", "Legacy: Region burst, then +500/min"],
        ]}
      />
      <TextField path={["account", "region"]} label="Region" className="col-span-2" />
    </fieldset>
  );
}
