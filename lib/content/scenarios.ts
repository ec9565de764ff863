import fs from "node:fs";
import path from "node:path";
import { SCENARIOS_DIR } from "./load";

export type ScenarioInfo = { id: string; title: string; description: string };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The title and description of a preset scenario, or null for an unknown or malformed id. */
export function scenarioInfo(id: string, dir: string = SCENARIOS_DIR): ScenarioInfo | null {
  if (!ID.test(id)) return null;
  const file = path.join(dir, `${id}.json`);
  if (!fs.existsSync(file)) return null;
  const json = JSON.parse(fs.readFileSync(file, "utf8")) as { title?: string; description?: string };
  return { id, title: json.title ?? id, description: json.description ?? "" };
}
