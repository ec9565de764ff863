"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonPrimary } from "@/components/ui/styles";
import type { Domain } from "@/lib/content/schema";
import { startExam } from "@/components/exam/api";

/** One click: a section practice on one domain (untimed, explanations after each question). */
export function StudyDomainButton({ domain, label }: { domain: Domain; label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function start() {
    setBusy(true);
    setError(null);
    try {
      const { id } = await startExam({ mode: "SECTION", domain, count: 15 });
      router.push(`/exams/${id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not start the section");
      setBusy(false);
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" className={buttonPrimary} disabled={busy} onClick={() => void start()}>
        {busy ? "Starting…" : label}
      </button>
      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
        {error}
      </p>
    </div>
  );
}
