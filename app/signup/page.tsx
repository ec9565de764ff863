import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/SignUpForm";
import { panel } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/server/auth/session";
import { safeCallbackPath } from "@/lib/validations/callback-url";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<{ callbackUrl?: string }> };

export default async function SignUpPage({ searchParams }: Props) {
  const target = safeCallbackPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-center text-3xl font-bold tracking-tight">Create your account</h1>
      <div className={panel}>
        <SignUpForm callbackUrl={target} />
      </div>
    </div>
  );
}
