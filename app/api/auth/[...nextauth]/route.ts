import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/options";
import { credentialsReply } from "@/lib/server/auth/credentials-reply";

const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Credentials sign-in is counted and limited inside authorize (lib/server/auth/sign-in.ts); this
// turns a refusal into HTTP 429 and gives a successful browser its device cookie.
async function POST(req: Request, ctx: Ctx): Promise<Response> {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") !== "callback/credentials") return handler(req, ctx) as Promise<Response>;
  const form = await req
    .clone()
    .formData()
    .catch(() => null);
  return credentialsReply(req, (await handler(req, ctx)) as Response, form?.get("email"));
}

export { handler as GET, POST };
