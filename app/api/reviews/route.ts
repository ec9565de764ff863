import { nextRoute } from "@/lib/server/platform/http/next-route";
import { submitReviewEndpoint } from "@/lib/server/reviews/submit-endpoint";

/**
 * Records a rated review (idempotent by idempotencyKey). In production the server's fast lane
 * (lib/server/production-server/fast-lane.ts) answers this path before Next routes it, with the same endpoint.
 */
export const POST = nextRoute(submitReviewEndpoint);
