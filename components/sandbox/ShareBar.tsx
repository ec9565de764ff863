"use client";

import { useId, useRef, useState } from "react";
import { encodeScenario, MAX_SCENARIO_JSON } from "@/lib/sandbox/share";
import { buttonSecondary } from "@/components/ui/styles";
import { useSandbox } from "./SandboxStoreProvider";

/** The URL of the scenario as it stands: the preset id while unchanged, else the compressed JSON. */
export function shareUrl(origin: string, presetId: string | null, modified: boolean, value: unknown): string {
  const q = new URLSearchParams();
  if (presetId) q.set("scenario", presetId);
  if (!presetId || modified) q.set("s", encodeScenario(value));
  return `${origin}/sandbox?${q.toString()}`;
}

const fileName = (value: unknown) => {
  const title = (value as { title?: unknown } | null)?.title;
  const slug =
    typeof title === "string"
      ? title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, "-")
          .replace(/^-|-$/g, "")
      : "";
  return `${slug || "scenario"}.json`;
};

/** Share by link, export the JSON, import a JSON file (checked first: a bad file changes nothing), reset. */
export function ShareBar() {
  const id = useId();
  const valid = useSandbox((s) => s.scenario !== null);
  const value = useSandbox((s) => s.value);
  const text = useSandbox((s) => s.text);
  const preset = useSandbox((s) => s.preset);
  const modified = useSandbox((s) => s.modified);
  const importText = useSandbox((s) => s.importText);
  const reset = useSandbox((s) => s.resetToPreset);
  const [message, setMessage] = useState("");
  const [link, setLink] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);

  const share = async () => {
    const url = shareUrl(location.origin, preset?.id ?? null, modified, value);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setMessage("Link copied.");
    } catch {
      setMessage("Copy the link below.");
    }
  };
  const exportJson = () => {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    a.download = fileName(value);
    a.click();
    URL.revokeObjectURL(a.href);
    setMessage(`Saved ${a.download}.`);
  };
  const onFile = async (f: File | undefined) => {
    if (!f) return;
    const source = `The file ${f.name}`;
    const ok =
      f.size > MAX_SCENARIO_JSON
        ? await importText(" ".repeat(MAX_SCENARIO_JSON + 1), source)
        : await importText(await f.text(), source);
    setMessage(ok ? `Imported ${f.name}.` : `${f.name} was not imported.`);
    if (file.current) file.current.value = "";
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonSecondary} disabled={!valid} onClick={() => void share()}>
          Share link
        </button>
        <button type="button" className={buttonSecondary} onClick={exportJson}>
          Export JSON
        </button>
        <label
          htmlFor={`${id}-file`}
          className={`${buttonSecondary} cursor-pointer focus-within:outline-3 focus-within:outline-sky-500`}
        >
          Import JSON
          <input
            id={`${id}-file`}
            ref={file}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </label>
        {modified || !preset ? (
          <button type="button" className={buttonSecondary} onClick={reset}>
            {preset ? "Reset to the preset" : "Start again"}
          </button>
        ) : null}
      </div>
      <p role="status" className="text-sm" data-testid="share-status">
        {message}
      </p>
      {link ? (
        <div>
          <label htmlFor={`${id}-link`} className="sr-only">
            Share link
          </label>
          <input
            id={`${id}-link`}
            readOnly
            value={link}
            className="w-full rounded border border-slate-300 bg-transparent px-2 py-1 font-mono text-xs dark:border-slate-700"
            onFocus={(e) => e.target.select()}
          />
        </div>
      ) : null}
    </div>
  );
}
