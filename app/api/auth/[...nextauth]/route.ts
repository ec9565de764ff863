import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/server/auth/options";
import { credentialsReply } from "@/lib/server/auth/credentials-reply";
import { MAX_BODY_BYTES } from "@/lib/server/platform/http/endpoint";
import { fromFetchRequest } from "@/lib/server/platform/http/request";

const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Credentials sign-in is counted and limited inside authorize (lib/server/auth/sign-in.ts); this
// turns a refusal into HTTP 429 and gives a successful browser its device cookie.
async function POST(req: NextRequest, ctx: Ctx): Promise<Response> {
  // The API's one body cap (endpoint.ts) holds here too: NextAuth itself would read a body of any
  // size. Reading stops at the cap; NextAuth then gets a request with the body that was read.
  const body = await fromFetchRequest(req).body(MAX_BODY_BYTES);
  if (body === null) {
    const headers = { "Cache-Control": "no-store" };
    return Response.json({ error: `Request body is larger than ${MAX_BODY_BYTES} bytes` }, { status: 413, headers });
  }
  const read = () => new NextRequest(req.url, { method: req.method, headers: req.headers, body });
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") !== "callback/credentials") return handler(read(), ctx) as Promise<Response>;
  const form = await read()
    .formData()
    .catch(() => null);
  return credentialsReply(req, (await handler(read(), ctx)) as Response, form?.get("email"));
}

export { handler as GET, POST };
