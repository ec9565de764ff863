/** One check for every way a scenario arrives as text: the JSON editor, an imported file, a shared link. */
import { parseScenario, type Scenario, type ValidationError } from "@/lib/sim";
import { parseJsonText } from "./json-text";
import { MAX_SCENARIO_JSON } from "./share";

export type TextCheck =
  | { ok: true; value: unknown; scenario: Scenario }
  | { ok: false; value: unknown; errors: ValidationError[]; syntax: boolean };

/** Parses and validates scenario JSON text; every problem comes back with its JSON path. */
export function checkScenarioText(text: string): TextCheck {
  if (text.length > MAX_SCENARIO_JSON) {
    const kb = Math.round(MAX_SCENARIO_JSON / 1000);
    return {
      ok: false,
      value: undefined,
      syntax: true,
      errors: [{ path: "(root)", message: `is larger than ${kb} KB` }],
    };
  }
  const json = parseJsonText(text);
  if (!json.ok) {
    const where = `line ${json.line}, column ${json.column}`;
    return {
      ok: false,
      value: undefined,
      syntax: true,
      errors: [{ path: "(root)", message: `invalid JSON at ${where}: ${json.message}` }],
    };
  }
  const parsed = parseScenario(json.value);
  if (!parsed.ok) return { ok: false, value: json.value, errors: parsed.errors, syntax: false };
  return { ok: true, value: json.value, scenario: parsed.scenario };
}
