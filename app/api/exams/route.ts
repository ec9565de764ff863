import crypto from "node:crypto";
import { startAttempt } from "@/lib/server/exams/start";
import { examNow } from "@/lib/server/exams/clock";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { startExamSchema } from "@/lib/validations/exams";

/** Starts an attempt (timed mock, practice, section or missed questions); answers its id. */
export const POST = nextRoute(
  endpoint({ auth: "user", body: startExamSchema }, async ({ user, input }) =>
    ok(await startAttempt(db, user.id, input, examNow(), crypto.randomInt(0, 2 ** 31)), 201),
  ),
);
