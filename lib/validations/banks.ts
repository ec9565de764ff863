import { z } from "zod";

/** The `[bankId]` segment of bank routes. */
export const bankParamsSchema = z.object({ bankId: z.string().min(1).max(100) });
