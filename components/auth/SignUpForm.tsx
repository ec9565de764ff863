"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { FormField } from "@/components/ui/FormField";
import { buttonPrimary } from "@/components/ui/styles";
import { signUpSchema } from "@/lib/validations/auth";
import { signIn } from "./sign-in";

type FieldErrors = Partial<Record<"name" | "email" | "password", string>>;

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const values = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    const parsed = signUpSchema.safeParse(values);
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const i of parsed.error.issues) next[i.path[0] as keyof FieldErrors] ??= i.message;
      setErrors(next);
      return;
    }
    setErrors({});
    setFormError(null);
    setPending(true);
    const res = await fetch("/api/signup", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(parsed.data),
    });
    if (!res.ok) {
      const body = (await res.json().catch(() => ({}))) as {
        error?: string;
        issues?: { path: string; message: string }[];
      };
      const next: FieldErrors = {};
      for (const i of body.issues ?? []) next[i.path as keyof FieldErrors] ??= i.message;
      setErrors(next);
      setFormError(body.error ?? "Could not create the account. Please try again.");
      setPending(false);
      return;
    }
    const signedIn = await signIn("credentials", {
      redirect: false,
      email: parsed.data.email,
      password: parsed.data.password,
    });
    window.location.assign(signedIn?.ok ? callbackUrl : "/signin");
  }

  return (
    // method="post": a submit before the page's scripts run reloads the page instead of putting the
    // password in the URL (and so in history and access logs), as a form's default GET would.
    <form onSubmit={onSubmit} method="post" noValidate>
      <FormAlert message={formError} />
      <div className="space-y-4">
        <FormField label="Name" name="name" autoComplete="name" required error={errors.name} />
        <FormField label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
        <FormField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 10 characters."
          error={errors.password}
        />
        <button type="submit" className={`${buttonPrimary} w-full`} disabled={pending}>
          {pending ? "Creating account…" : "Create account"}
        </button>
        <p className="text-center text-sm text-slate-600 dark:text-slate-400">
          Already have an account?{" "}
          <Link href="/signin" prefetch={false} className="font-semibold text-sky-800 underline dark:text-sky-300">
            Sign in
          </Link>
        </p>
      </div>
    </form>
  );
}
