"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormAlert } from "@/components/ui/FormAlert";
import { FormField } from "@/components/ui/FormField";
import { buttonPrimary, buttonSecondary, inputBase } from "@/components/ui/styles";
import { bankUrl, send, type Issue } from "./api";
import { ConfirmButton } from "./ConfirmButton";

type Bank = { id: string; title: string; description: string; published: boolean };

/** Rename and describe a bank, publish or unpublish it, delete it (archived when it was used). */
export function BankSettings({ bank }: { bank: Bank }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function patch(body: Partial<Bank>, done: string) {
    setBusy(true);
    const reply = await send("PATCH", bankUrl(bank.id), body);
    setBusy(false);
    setError(reply.ok ? null : reply.error);
    setIssues(reply.ok ? [] : reply.issues);
    if (reply.ok) {
      setStatus(done);
      router.refresh();
    }
  }

  async function save(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    await patch({ title: String(data.get("title")), description: String(data.get("description")) }, "Saved.");
  }

  async function remove() {
    const reply = await send<{ outcome: "deleted" | "archived" }>("DELETE", bankUrl(bank.id));
    if (!reply.ok) return setError(reply.error);
    router.push(`/author?${reply.body.outcome}=${encodeURIComponent(bank.title)}`);
  }

  return (
    <div className="grid gap-4">
      <FormAlert message={error} />
      {issues.length ? (
        <ul className="-mt-2 list-disc pl-6 text-sm text-red-800 dark:text-red-300" aria-label="What blocks publishing">
          {issues.map((i) => (
            <li key={`${i.path}${i.message}`}>{i.message}</li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={(e) => void save(e)} className="grid gap-3">
        <FormField label="Title" name="title" defaultValue={bank.title} required maxLength={200} />
        <div>
          <label htmlFor="bank-description" className="mb-1 block text-sm font-medium">
            Description
          </label>
          <textarea
            id="bank-description"
            name="description"
            rows={3}
            maxLength={2000}
            defaultValue={bank.description}
            className={inputBase}
          />
        </div>
        <div>
          <button type="submit" className={buttonSecondary} disabled={busy}>
            Save title and description
          </button>
        </div>
      </form>
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
        <span className="text-sm">
          Status: <strong>{bank.published ? "published" : "draft"}</strong>
        </span>
        <button
          type="button"
          className={bank.published ? buttonSecondary : buttonPrimary}
          disabled={busy}
          onClick={() =>
            void patch(
              { published: !bank.published },
              bank.published ? "Unpublished." : "Published: learners can subscribe to it now.",
            )
          }
        >
          {bank.published ? "Unpublish" : "Publish"}
        </button>
        <ConfirmButton
          label="Delete bank"
          confirmLabel="Yes, delete it"
          question={`Delete "${bank.title}"? A bank that learners have answered is archived instead: hidden, with its history kept.`}
          onConfirm={remove}
        />
      </div>
      <p role="status" className="text-sm">
        {status}
      </p>
    </div>
  );
}
