"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { FormField } from "@/components/ui/FormField";
import { signIn } from "./sign-in";
import { signInErrorMessage } from "./messages";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";

type Props = { callbackUrl: string; initialError: string | null; github: boolean };

export function SignInForm({ callbackUrl, initialError, github }: Props) {
  const [error, setError] = useState<string | null>(signInErrorMessage(initialError));
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const res = await signIn("credentials", {
      redirect: false,
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      callbackUrl,
    });
    setPending(false);
    if (!res || res.error || !res.ok) {
      setError(signInErrorMessage(res?.error ?? "CredentialsSignin", res?.status));
      return;
    }
    // A full navigation, so no cached "redirect to sign-in" response is reused.
    window.location.assign(callbackUrl);
  }

  return (
    // method="post": a submit before the page's scripts run reloads the page instead of putting the
    // password in the URL (and so in history and access logs), as a form's default GET would.
    <form onSubmit={onSubmit} method="post" noValidate>
      <FormAlert message={error} />
      <div className="space-y-4">
        <FormField label="Email" name="email" type="email" autoComplete="email" required />
        <FormField label="Password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit" className={`${buttonPrimary} w-full`} disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
        {github ? (
          <button
            type="button"
            className={`${buttonSecondary} w-full`}
            onClick={() => void signIn("github", { callbackUrl })}
          >
            Continue with GitHub
          </button>
        ) : null}
        <p className="text-center text-sm text-slate-600 dark:text-slate-400">
          New here?{" "}
          <Link
            href={`/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}
            prefetch={false}
            className="font-semibold text-sky-800 underline dark:text-sky-300"
          >
            Create an account
          </Link>
        </p>
      </div>
    </form>
  );
}
