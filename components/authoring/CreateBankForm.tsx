"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { FormField } from "@/components/ui/FormField";
import { buttonPrimary, inputBase } from "@/components/ui/styles";
import { send } from "./api";

/** Creates a bank and opens it. */
export function CreateBankForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setBusy(true);
    const reply = await send<{ bank: { id: string } }>("POST", "/api/author/banks", {
      title: String(data.get("title") ?? ""),
      description: String(data.get("description") ?? ""),
    });
    setBusy(false);
    if (reply.ok) return router.push(`/author/banks/${reply.body.bank.id}`);
    setError(reply.error);
    setFieldErrors(Object.fromEntries(reply.issues.map((i) => [i.path, i.message])));
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="grid gap-3" noValidate>
      <FormAlert message={error} />
      <FormField label="Title" name="title" required maxLength={200} error={fieldErrors.title} />
      <div>
        <label htmlFor="description" className="mb-1 block text-sm font-medium">
          Description <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span>
        </label>
        <textarea id="description" name="description" rows={2} maxLength={2000} className={inputBase} />
      </div>
      <div>
        <button type="submit" className={buttonPrimary} disabled={busy}>
          {busy ? "Creating…" : "Create bank"}
        </button>
      </div>
    </form>
  );
}
