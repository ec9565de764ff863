/** Parses an unknown value into a Scenario, collecting every problem with its JSON path. */
import type { z } from "zod";
import { crossCheck } from "./checks";
import { formatPath } from "./format-path";
import { ScenarioSchema, type Scenario } from "./schema";

export interface ValidationError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ValidationError[] };

type Issue = z.core.$ZodIssue;

/** Turns one zod issue into learner-facing errors (one per unknown key, union branches unwrapped). */
function toErrors(issue: Issue, prefix: readonly PropertyKey[]): ValidationError[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((k) => ({ path: formatPath([...path, k]), message: "unknown field" }));
  }
  if (issue.code === "invalid_union") {
    const extra = issue as { note?: string; options?: unknown[] };
    if (extra.note === "No matching discriminator" && extra.options) {
      const opts = extra.options.map((o) => JSON.stringify(o)).join(", ");
      return [{ path: formatPath(path), message: `must be one of ${opts}` }];
    }
    // Keep the branch that got past the type check (e.g. an object with a bad p50).
    const specific = issue.errors.filter(
      (branch) => !(branch.length === 1 && branch[0]?.code === "invalid_type" && branch[0].path.length === 0),
    );
    const only = specific.length === 1 ? specific[0] : undefined;
    if (only) return only.flatMap((i) => toErrors(i, path));
  }
  return [{ path: formatPath(path), message: issue.message }];
}

/** Validates a scenario: schema limits plus cross-field rules; nothing is simulated on error. */
export function parseScenario(input: unknown): ParseResult {
  const parsed = ScenarioSchema.safeParse(input);
  const errors: ValidationError[] = parsed.success ? [] : parsed.error.issues.flatMap((i) => toErrors(i, []));
  // Cross-field rules look at the raw input so they are reported alongside field errors.
  errors.push(...crossCheck(input));
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (!parsed.success || unique.length > 0) return { ok: false, errors: unique };
  return { ok: true, scenario: parsed.data };
}
