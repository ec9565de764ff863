"use client";

import { useState } from "react";
import { buttonSecondary } from "@/components/ui/styles";
import { download } from "./api";

/** A button that saves an export file; says so when it fails. */
export function DownloadButton({ url, children }: { url: string; children: React.ReactNode }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        className={buttonSecondary}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(await download(url));
          setBusy(false);
        }}
      >
        {children}
      </button>
      {error ? (
        <span role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </span>
      ) : null}
    </span>
  );
}
