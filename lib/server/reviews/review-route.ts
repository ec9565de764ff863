import "server-only";
import { jsonError } from "../platform/http/route";
import { ReviewError } from "./review-errors";

/** Runs a review operation, turning ReviewErrors into JSON errors with their status. */
export async function reviewResponse(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ReviewError) return jsonError(e.status, e.message);
    throw e;
  }
}
