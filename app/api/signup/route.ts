import { createUser } from "@/lib/server/auth/users";
import { db } from "@/lib/server/platform/db";
import { endpoint, ok } from "@/lib/server/platform/http/endpoint";
import { nextRoute } from "@/lib/server/platform/http/next-route";
import { signUpSchema } from "@/lib/validations/auth";

/** Creates a student account. Signing in is a separate step (NextAuth credentials). */
export const POST = nextRoute(
  endpoint({ auth: "public", body: signUpSchema }, async ({ input }) => {
    const user = await createUser(db, input);
    return ok({ user: { id: user.id, email: user.email } }, 201);
  }),
);
