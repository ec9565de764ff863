import { signUp } from "@/lib/server/auth/sign-up";
import { db } from "@/lib/server/platform/db";
import { env } from "@/lib/server/platform/env";
import { clientIp } from "@/lib/server/platform/http/client-ip";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { signUpSchema } from "@/lib/validations/auth";

/** Creates a student account (limited per client address). Signing in is a separate step (NextAuth credentials). */
export const POST = nextRoute(
  endpoint({ auth: "public", body: signUpSchema }, async ({ req, input, now }) => {
    const { SIGNUP_MAX_PER_IP, SIGNUP_WINDOW_MINUTES } = env();
    const policy = { maxPerIp: SIGNUP_MAX_PER_IP, windowMs: SIGNUP_WINDOW_MINUTES * 60_000 };
    const user = await signUp(db, input, clientIp(req.headers), now, policy);
    return ok({ user: { id: user.id, email: user.email } }, 201);
  }),
);
