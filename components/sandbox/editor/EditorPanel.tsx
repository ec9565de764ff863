"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { panel } from "@/components/ui/styles";
import { useSandbox } from "../SandboxStoreProvider";
import { TabPanel, Tabs } from "../ui/Tabs";
import { AccountFields } from "./AccountFields";
import { ErrorList } from "./ErrorList";
import { FunctionFields } from "./FunctionFields";
import { TrafficFields } from "./TrafficFields";

// CodeMirror loads only when the learner opens the JSON view (its own chunk).
const JsonEditor = dynamic(() => import("./JsonEditor"), {
  ssr: false,
  loading: () => <p className="p-3 text-sm">Loading the editor…</p>,
});

/** The scenario in two views that stay in sync: a form and the JSON, both validated as you type. */
export function EditorPanel() {
  const [view, setView] = useState<"form" | "json">("form");
  const errors = useSandbox((s) => s.errors);
  const syntax = useSandbox((s) => s.syntax);
  return (
    <section className={panel} aria-labelledby="editor-title">
      <h2 id="editor-title" className="mb-3 text-lg font-semibold">
        Scenario
      </h2>
      <Tabs
        label="Edit the scenario as"
        idPrefix="editor"
        tabs={[
          { id: "form", label: "Form" },
          { id: "json", label: "JSON" },
        ]}
        active={view}
        onChange={setView}
      />
      <div className="mt-3 space-y-3" aria-live="polite">
        {syntax ? (
          <ErrorList
            title="The JSON does not parse; the form waits until it does"
            errors={[{ path: "(root)", message: `line ${syntax.line}, column ${syntax.column}: ${syntax.message}` }]}
          />
        ) : (
          <ErrorList errors={errors} />
        )}
      </div>
      {view === "form" ? (
        <TabPanel idPrefix="editor" id="form" className="mt-3 space-y-5">
          <AccountFields />
          <FunctionFields />
          <TrafficFields />
        </TabPanel>
      ) : (
        <TabPanel idPrefix="editor" id="json" className="mt-3">
          <JsonEditor />
        </TabPanel>
      )}
    </section>
  );
}
