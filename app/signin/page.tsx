import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/SignInForm";
import { panel } from "@/components/ui/styles";
import { env } from "@/lib/server/platform/env";
import { getCurrentUser } from "@/lib/server/auth/session";
import { safeCallbackPath } from "@/lib/validations/callback-url";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-center text-3xl font-bold tracking-tight">Sign in to Coldstart</h1>
      <div className={panel}>
        <SignInForm callbackUrl={target} initialError={error ?? null} github={Boolean(env().GITHUB_ID)} />
      </div>
      <p className="mt-4 text-center text-sm text-slate-600 dark:text-slate-400">
        Trying it out? Demo accounts: <code>student@coldstart.dev</code> or <code>instructor@coldstart.dev</code>,
        password <code>coldstart-demo</code>.
      </p>
    </div>
  );
}
