/**
 * The zod side of the editor: the scenario schema and its checks. The page loads it in its own
 * chunk (`loadValidation` in editor.ts) on the learner's first interaction, not with the page;
 * the editor's state on open comes validated from the server (`initialEditor`).
 */
export { parseScenario } from "@/lib/sim/validate";
export { checkScenarioText } from "@/lib/sandbox/scenario-text";
