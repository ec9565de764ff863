import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { db } from "../platform/db";
import { env } from "../platform/env";
import { clientIp } from "../platform/http/client-ip";
import { signInPolicy } from "./sign-in-policy";
import { signInWithPassword } from "./sign-in";
import { checkedRole } from "./role-check";
import { decodeSessionToken } from "./session-token";

function providers(): NextAuthOptions["providers"] {
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const ip = clientIp(req.headers ?? {});
        const result = await signInWithPassword(db, credentials, ip, new Date(), signInPolicy());
        if (result.ok) return result.user;
        // Thrown errors reach the client as ?error=<message>.
        if (result.error === "RateLimited") throw new Error("RateLimited");
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
        profile: (p) => ({ id: String(p.id), email: p.email ?? "", name: p.name ?? p.login, role: "STUDENT" as const }),
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
      if (!user.email) return false;
      // An OAuth sign-in maps to (or creates) a local student account keyed by email.
      const local = await db.user.upsert({
        where: { email: user.email.toLowerCase() },
        create: { email: user.email.toLowerCase(), name: user.name ?? null, role: "STUDENT" },
        update: {},
        select: { id: true, role: true },
      });
      user.id = local.id;
      user.role = local.role;
      return true;
    },
    async jwt({ token, user }) {
      if (user) return { ...token, uid: user.id, role: user.role, roleCheckedAt: Date.now() };
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
