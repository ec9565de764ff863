import type { PrismaClient } from "../platform/prisma";
import { DEFAULT_REVIEW_SETTINGS, reviewSettingsSchema, type ReviewSettings } from "@/lib/validations/review-settings";

/** A learner's review settings, or the defaults when they never changed them. */
export async function getReviewSettings(db: PrismaClient, userId: string): Promise<ReviewSettings> {
  const row = await db.reviewSettings.findUnique({ where: { userId } });
  if (!row) return DEFAULT_REVIEW_SETTINGS;
  const parsed = reviewSettingsSchema.safeParse({
    desiredRetention: row.desiredRetention,
    newPerDay: row.newPerDay,
    maxIntervalDays: row.maxIntervalDays,
    learningSteps: JSON.parse(row.learningSteps) as unknown,
    relearningSteps: JSON.parse(row.relearningSteps) as unknown,
  });
  return parsed.success ? parsed.data : DEFAULT_REVIEW_SETTINGS;
}

/** Saves validated settings. */
export async function saveReviewSettings(db: PrismaClient, userId: string, s: ReviewSettings): Promise<void> {
  const data = {
    desiredRetention: s.desiredRetention,
    newPerDay: s.newPerDay,
    maxIntervalDays: s.maxIntervalDays,
    learningSteps: JSON.stringify(s.learningSteps),
    relearningSteps: JSON.stringify(s.relearningSteps),
  };
  await db.reviewSettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}
