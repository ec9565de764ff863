/**
 * Scenarios in URLs: JSON compressed with lz-string into a URL-safe string (the `s` query
 * parameter). Decoding is bounded so a hostile link cannot make the page inflate megabytes.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";

/** Longest `s` parameter accepted, and longest JSON it may expand to. */
export const MAX_SHARE_PARAM = 16_000;
export const MAX_SCENARIO_JSON = 200_000;

/** The `s` parameter for a scenario. */
export function encodeScenario(scenario: unknown): string {
  return compressToEncodedURIComponent(JSON.stringify(scenario));
}

/** The JSON text carried by an `s` parameter, or why it cannot be read. */
export function decodeScenario(param: string): { ok: true; text: string } | { ok: false; message: string } {
  if (param.length > MAX_SHARE_PARAM) return { ok: false, message: "the shared scenario is too long" };
  let text: string | null = null;
  try {
    text = decompressFromEncodedURIComponent(param);
  } catch {
    text = null;
  }
  if (!text) return { ok: false, message: "the link does not hold a scenario (it may have been cut short)" };
  if (text.length > MAX_SCENARIO_JSON) return { ok: false, message: "the shared scenario is too large" };
  return { ok: true, text };
}
