import { NextResponse } from "next/server";
import { db } from "@/lib/server/platform/db";
import { jsonError, parseJson } from "@/lib/server/platform/http/route";
import { createUser, EmailTakenError } from "@/lib/server/auth/users";
import { signUpSchema } from "@/lib/validations/auth";

/** Creates a student account. Signing in is a separate step (NextAuth credentials). */
export async function POST(req: Request): Promise<Response> {
  const parsed = await parseJson(req, signUpSchema);
  if (!parsed.ok) return parsed.response;
  try {
    const user = await createUser(db, parsed.data);
    return NextResponse.json({ user: { id: user.id, email: user.email } }, { status: 201 });
  } catch (e) {
    if (e instanceof EmailTakenError) return jsonError(409, e.message, [{ path: "email", message: e.message }]);
    throw e;
  }
}
