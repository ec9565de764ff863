import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authOptions } from "@/lib/server/auth/options";
import { db } from "@/lib/server/platform/db";
import { clientIp } from "@/lib/server/platform/http/client-ip";
import { checkSignIn } from "@/lib/server/auth/sign-in";
import { signInPolicy } from "@/lib/server/auth/sign-in-policy";

const handler = NextAuth(authOptions);

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Credentials sign-in is refused with HTTP 429 before any password check once the account
// or the IP has too many recent failures (counted in authorize, stored in the database).
async function POST(req: Request, ctx: Ctx): Promise<Response> {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await req
      .clone()
      .formData()
      .catch(() => null);
    const email = String(form?.get("email") ?? "");
    const gate = await checkSignIn(db, email, clientIp(req.headers), new Date(), signInPolicy());
    if (!gate.allowed) {
      const url = new URL("/signin", req.url);
      url.searchParams.set("error", "RateLimited");
      const minutes = Math.ceil(gate.retryAfterS / 60);
      return NextResponse.json(
        {
          url: url.toString(),
          error: "RateLimited",
          message: `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
        },
        { status: 429, headers: { "Retry-After": String(gate.retryAfterS) } },
      );
    }
  }
  return handler(req, ctx);
}

export { handler as GET, POST };
