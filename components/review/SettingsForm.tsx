"use client";

import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { FormField } from "@/components/ui/FormField";
import { buttonPrimary } from "@/components/ui/styles";
import { reviewSettingsSchema, type ReviewSettings } from "@/lib/validations/review-settings";

type Errors = Partial<Record<keyof ReviewSettings, string>>;

const steps = (s: string) => s.split(/[\s,]+/).filter(Boolean);

/** Edits the learner's FSRS settings; the server validates again with the same schema. */
export function SettingsForm({ initial }: { initial: ReviewSettings }) {
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const values = {
      desiredRetention: Number(f.get("desiredRetention")),
      newPerDay: Number(f.get("newPerDay")),
      maxIntervalDays: Number(f.get("maxIntervalDays")),
      learningSteps: steps(String(f.get("learningSteps") ?? "")),
      relearningSteps: steps(String(f.get("relearningSteps") ?? "")),
    };
    const parsed = reviewSettingsSchema.safeParse(values);
    setStatus(null);
    setAlert(null);
    if (!parsed.success) {
      const next: Errors = {};
      for (const i of parsed.error.issues) next[i.path[0] as keyof ReviewSettings] ??= i.message;
      setErrors(next);
      setAlert("Nothing was saved: fix the highlighted fields.");
      return;
    }
    setErrors({});
    const res = await fetch("/api/reviews/settings", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(parsed.data),
    });
    if (res.ok) setStatus("Saved. New intervals apply from your next review.");
    else
      setAlert(((await res.json().catch(() => ({}))) as { error?: string }).error ?? "Could not save your settings.");
  }

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-lg">
      <FormAlert message={alert} />
      <div className="space-y-4">
        <FormField
          label="Desired retention"
          name="desiredRetention"
          type="number"
          step="0.01"
          min="0.70"
          max="0.97"
          defaultValue={initial.desiredRetention}
          hint="0.70–0.97. Higher means shorter intervals and more reviews."
          error={errors.desiredRetention}
        />
        <FormField
          label="New items per day"
          name="newPerDay"
          type="number"
          step="1"
          min="0"
          defaultValue={initial.newPerDay}
          error={errors.newPerDay}
        />
        <FormField
          label="Maximum interval (days)"
          name="maxIntervalDays"
          type="number"
          step="1"
          min="1"
          max="36500"
          defaultValue={initial.maxIntervalDays}
          error={errors.maxIntervalDays}
        />
        <FormField
          label="Learning steps"
          name="learningSteps"
          defaultValue={initial.learningSteps.join(" ")}
          hint="Space-separated, e.g. 1m 10m. Leave empty to schedule new items in days at once."
          error={errors.learningSteps}
        />
        <FormField
          label="Relearning steps"
          name="relearningSteps"
          defaultValue={initial.relearningSteps.join(" ")}
          hint="After a lapse, e.g. 10m."
          error={errors.relearningSteps}
        />
        <button type="submit" className={buttonPrimary}>
          Save settings
        </button>
        <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {status}
        </p>
      </div>
    </form>
  );
}
