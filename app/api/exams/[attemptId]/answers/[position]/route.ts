import { saveAnswerEndpoint } from "@/lib/server/exams/save-endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";

/**
 * Autosaves one question (lib/server/exams/save-endpoint.ts). In production the server's fast lane
 * (lib/server/production-server/fast-lane.ts) answers this path before Next routes it, with the same endpoint.
 */
export const PUT = nextRoute(saveAnswerEndpoint);
