"use client";

import { useEffect, useRef, useState } from "react";
import { buttonBase, buttonSecondary } from "@/components/ui/styles";

const danger = `${buttonBase} bg-red-700 text-white hover:bg-red-800 dark:bg-red-500 dark:text-slate-950 dark:hover:bg-red-400`;

/** A destructive action behind a confirmation step (keyboard: the confirm button takes focus, Escape cancels). */
export function ConfirmButton({
  label,
  confirmLabel,
  question,
  onConfirm,
  small = false,
}: {
  label: string;
  confirmLabel: string;
  question: string;
  onConfirm: () => Promise<void> | void;
  small?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  const size = small ? " px-2 py-1 text-xs" : "";
  if (!asking)
    return (
      <button type="button" className={`${buttonSecondary}${size}`} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <span
      role="group"
      aria-label={question}
      className="inline-flex flex-wrap items-center gap-2 rounded-lg border border-red-300 p-2 dark:border-red-800"
      onKeyDown={(e) => e.key === "Escape" && setAsking(false)}
    >
      <span className="text-sm">{question}</span>
      <button
        ref={confirmRef}
        type="button"
        className={`${danger}${size}`}
        onClick={async () => {
          await onConfirm();
          setAsking(false);
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className={`${buttonSecondary}${size}`} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
