import "server-only";
import { loadPreset, type Preset } from "@/lib/content/presets";
import { parseScenario, simulate } from "@/lib/sim";
import { engineAnswer, judge } from "@/lib/sim/answer";
import type { SavePrediction } from "@/lib/validations/sandbox";
import { AppError, notFound } from "../platform/errors";
import type { PrismaClient } from "../platform/prisma";

export type SavedPrediction = { correct: boolean; engine: number; history: { total: number; correct: number } };

// Presets are build-time content, the same for everyone: their answers are computed once per process.
const answers = new Map<string, number>();

/** The engine's answer to a preset's question, from running the preset here (never from the client). */
function engineFor(preset: Preset): number {
  const hit = answers.get(preset.id);
  if (hit !== undefined) return hit;
  const parsed = parseScenario(preset.scenario);
  const value = parsed.ok && preset.question ? engineAnswer(preset.question, simulate(parsed.scenario)) : undefined;
  if (value === undefined) throw new AppError(404, `Preset ${preset.id} has no question to answer`);
  answers.set(preset.id, value);
  return value;
}

/**
 * Records a learner's prediction for a preset, judged against the engine's figure. Replaying the same
 * idempotency key returns the first answer unchanged.
 */
export async function savePrediction(
  db: PrismaClient,
  userId: string,
  input: SavePrediction,
): Promise<SavedPrediction> {
  const preset = loadPreset(input.presetId);
  if (!preset) throw notFound(`Preset ${input.presetId}`);
  const q = preset.question;
  if (!q) throw new AppError(404, `Preset ${preset.id} has no question to answer`);
  const { answer } = input;
  if (answer.type !== q.type) {
    throw new AppError(400, "The answer does not fit the question", [
      { path: "answer.type", message: `must be "${q.type}"` },
    ]);
  }
  if (answer.type === "choice" && answer.index >= (q.choices?.length ?? 0)) {
    throw new AppError(400, "The answer does not fit the question", [
      { path: "answer.index", message: `must be 0..${(q.choices?.length ?? 1) - 1}` },
    ]);
  }
  const engine = engineFor(preset);
  const key = { userId_idempotencyKey: { userId, idempotencyKey: input.idempotencyKey } };
  let row = await db.sandboxPrediction.findUnique({
    where: key,
    select: { correct: true, engineValue: true, presetId: true },
  });
  if (!row) {
    try {
      row = await db.sandboxPrediction.create({
        data: {
          userId,
          presetId: preset.id,
          idempotencyKey: input.idempotencyKey,
          answer: JSON.stringify(answer),
          engineValue: engine,
          correct: judge(q, answer, engine),
        },
        select: { correct: true, engineValue: true, presetId: true },
      });
    } catch (e) {
      // A concurrent replay of the same key won the insert: answer with its row.
      row = await db.sandboxPrediction.findUnique({
        where: key,
        select: { correct: true, engineValue: true, presetId: true },
      });
      if (!row) throw e;
    }
  }
  if (row.presetId !== preset.id) throw new AppError(409, "This idempotency key was used for another preset");
  const [total, right] = await Promise.all([
    db.sandboxPrediction.count({ where: { userId, presetId: preset.id } }),
    db.sandboxPrediction.count({ where: { userId, presetId: preset.id, correct: true } }),
  ]);
  return { correct: row.correct, engine: row.engineValue, history: { total, correct: right } };
}
