import crypto from "node:crypto";
import type { ReviewSettings } from "@/lib/validations/review-settings";

/**
 * Carries a graded answer from POST /api/reviews/answer to the rating submission. The server grades
 * the first answer a learner gives at a state version, stores that grading (first-answer.ts: a
 * second answer at the same version gets the first result back, so reading the key and answering
 * again changes nothing), reveals the key, and signs what it graded together with the review state
 * and settings it graded against. The rating must present the token, so a learner cannot claim
 * another grading than the stored one; the review is applied only if the state is still at the
 * signed version (another tab has not reviewed it since). Because the token carries the grading and
 * the state, recording a review needs no read before the write.
 */
export type AnswerClaim = {
  userId: string;
  itemId: string;
  version: number;
  correct: boolean;
  answer: string[];
  /** The bank question version graded (QUESTION items): the review log records it. */
  questionId?: string | null;
  /** The review state at `version`, as serializeState wrote it. */
  state: string;
  settings: ReviewSettings;
  expiresAt: number;
};

const TTL_MS = 6 * 60 * 60_000;
const keys = new Map<string, Buffer>();
/** The HMAC key derived from the app secret (derived once per secret: it is not per-user state). */
function keyFor(secret: string): Buffer {
  let k = keys.get(secret);
  if (!k) {
    k = crypto.createHmac("sha256", secret).update("coldstart/review-answer/v2").digest();
    keys.set(secret, k);
  }
  return k;
}

/** Signs a graded answer (valid for 6 hours). */
export function signAnswer(claim: Omit<AnswerClaim, "expiresAt">, now: Date, secret: string): string {
  const body = Buffer.from(JSON.stringify({ ...claim, expiresAt: now.getTime() + TTL_MS })).toString("base64url");
  const mac = crypto.createHmac("sha256", keyFor(secret)).update(body).digest("base64url");
  return `${body}.${mac}`;
}

/** The claim inside a token, or null when it was tampered with, is malformed or has expired. */
export function verifyAnswer(token: string, now: Date, secret: string): AnswerClaim | null {
  const [body, mac] = token.split(".");
  if (!body || !mac) return null;
  const expected = crypto.createHmac("sha256", keyFor(secret)).update(body).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  try {
    const claim = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as AnswerClaim;
    return claim.expiresAt > now.getTime() ? claim : null;
  } catch {
    return null;
  }
}
