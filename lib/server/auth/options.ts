import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { db } from "../platform/db";
import { env } from "../platform/env";
import { clientIp } from "../platform/http/client-ip";
import { deviceCookieOf } from "./device-cookie";
import { githubSignIn } from "./github";
import { signInPolicy } from "./sign-in-policy";
import { signInWithPassword } from "./sign-in";
import { checkedRole } from "./role-check";
import { decodeSessionToken } from "./session-token";

/** The error a rate-limited credentials sign-in throws; the auth route answers it with 429. */
export const RATE_LIMITED = "RateLimited";

function providers(): NextAuthOptions["providers"] {
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const headers = (req.headers ?? {}) as Record<string, string | undefined>;
        const client = { ip: clientIp(headers), deviceCookie: deviceCookieOf(headers.cookie) };
        const result = await signInWithPassword(
          db,
          credentials,
          client,
          new Date(),
          signInPolicy(),
          env().NEXTAUTH_SECRET,
        );
        if (result.ok) return result.user;
        // Thrown errors reach the auth route as ?error=<message>.
        if (result.error === "RateLimited") throw new Error(`${RATE_LIMITED}:${result.retryAfterS}`);
        return null;
      },
    }),
  ];
  const { GITHUB_ID, GITHUB_SECRET } = env();
  if (GITHUB_ID && GITHUB_SECRET) {
    list.push(
      GitHubProvider({
        clientId: GITHUB_ID,
        clientSecret: GITHUB_SECRET,
        // The email is decided in the signIn callback, from GitHub's verified addresses only.
        profile: (p) => ({ id: String(p.id), email: null, name: p.name ?? p.login, role: "STUDENT" as const }),
      }),
    );
  }
  return list;
}

/** NextAuth configuration: credentials (and GitHub when configured), JWT sessions carrying the role. */
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  jwt: { decode: decodeSessionToken },
  pages: { signIn: "/signin", error: "/signin" },
  providers: providers(),
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "github") return true;
      if (!account.access_token) return "/signin?error=GitHubUnavailable";
      const decided = await githubSignIn(db, {
        id: account.providerAccountId,
        accessToken: account.access_token,
        name: user.name ?? null,
      });
      if (!decided.ok) return `/signin?error=${decided.error}`;
      Object.assign(user, decided.user);
      return true;
    },
    async jwt({ token, user }) {
      if (user) return { ...token, uid: user.id, email: user.email, role: user.role, roleCheckedAt: Date.now() };
      const checked = await checkedRole(token, Date.now());
      // A deleted account's session keeps no identity: every check after this sees no user.
      if (!checked) return { ...token, uid: "", role: "STUDENT", roleCheckedAt: Date.now() };
      return { ...token, role: checked.role, roleCheckedAt: checked.checkedAt };
    },
    session({ session, token }) {
      session.user = { id: token.uid, email: token.email ?? "", name: token.name ?? null, role: token.role };
      return session;
    },
  },
};
