"use client";

import Link from "next/link";
import { useSandbox } from "./SandboxStoreProvider";
import { ShareBar } from "./ShareBar";

/** Which scenario this is, where it comes from (its cards), and the share / export / import actions. */
export function ScenarioHeader() {
  const preset = useSandbox((s) => s.preset);
  const title = useSandbox((s) =>
    s.value && typeof s.value === "object" ? (s.value as { title?: unknown }).title : undefined,
  );
  const modified = useSandbox((s) => s.modified);
  return (
    <header className="mb-6 space-y-3">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/sandbox" className="underline">
          Sandbox
        </Link>{" "}
        / {preset ? "Preset" : "Your scenario"}
      </nav>
      <h1 className="text-3xl font-bold tracking-tight">
        {typeof title === "string" && title ? title : (preset?.title ?? "Your scenario")}
      </h1>
      {preset ? (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Preset <code data-testid="scenario-id">{preset.id}</code>
            {modified ? " (changed)" : ""}
            {preset.cards.length > 0 ? " · from the cards " : ""}
            {preset.cards.map((c, i) => (
              <span key={c.id}>
                {i > 0 ? ", " : ""}
                <Link href={`/learn/${c.id}`} className="text-sky-800 underline dark:text-sky-300">
                  {c.title}
                </Link>
              </span>
            ))}
          </p>
          <p className="max-w-3xl">{preset.description}</p>
        </>
      ) : null}
      <ShareBar />
    </header>
  );
}
