"use client";

import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { json } from "@codemirror/lang-json";
import { bracketMatching, HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { Annotation, EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import { useEffect, useRef } from "react";
import { rangeOfPath } from "@/lib/sandbox/json-text";
import { useSandboxStore } from "../SandboxStoreProvider";
import type { SandboxState } from "../store/types";

// Colours come from CSS variables (globals.css), so the editor follows the light or dark scheme.
const highlight = HighlightStyle.define([
  { tag: tags.string, color: "var(--cm-string)" },
  { tag: tags.number, color: "var(--cm-number)" },
  { tag: [tags.bool, tags.null], color: "var(--cm-keyword)" },
  { tag: tags.propertyName, color: "var(--cm-property)" },
]);

const theme = EditorView.theme({
  "&": { color: "inherit", backgroundColor: "transparent", fontSize: "13px" },
  ".cm-scroller": { fontFamily: "var(--font-mono)" },
  ".cm-gutters": { backgroundColor: "transparent", color: "var(--cm-gutter)", border: "none" },
  ".cm-content": { caretColor: "currentColor" },
  "&.cm-focused .cm-cursor": { borderLeftColor: "currentColor" },
  "&.cm-focused": { outline: "3px solid var(--color-sky-500)" },
});

const External = Annotation.define<boolean>();

/** Diagnostics for the current text: the JSON syntax error, or each validation error at its path. */
function diagnostics(s: SandboxState): Diagnostic[] {
  if (s.syntax) {
    const to = Math.min(s.text.length, Math.max(s.syntax.to, s.syntax.from + 1));
    return [{ from: Math.min(s.syntax.from, to), to, severity: "error", message: `Invalid JSON: ${s.syntax.message}` }];
  }
  return s.errors.map((e) => ({
    ...rangeOfPath(s.text, e.path),
    severity: "error",
    message: `${e.path}: ${e.message}`,
  }));
}

/** The scenario as JSON in CodeMirror 6, kept in sync with the form through the store. */
export default function JsonEditor() {
  const host = useRef<HTMLDivElement>(null);
  const store = useSandboxStore();
  useEffect(() => {
    const view = new EditorView({
      parent: host.current as HTMLDivElement,
      state: EditorState.create({
        doc: store.getState().text,
        extensions: [
          lineNumbers(),
          history(),
          bracketMatching(),
          json(),
          syntaxHighlighting(highlight),
          lintGutter(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          theme,
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ "aria-label": "Scenario JSON", "data-testid": "json-editor" }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged && !u.transactions.some((t) => t.annotation(External))) {
              store.getState().setText(u.state.doc.toString());
            }
          }),
        ],
      }),
    });
    const sync = (s: SandboxState) => {
      const doc = view.state.doc.toString();
      if (doc !== s.text) {
        view.dispatch({ changes: { from: 0, to: doc.length, insert: s.text }, annotations: External.of(true) });
      }
      view.dispatch(setDiagnostics(view.state, diagnostics(s)));
    };
    sync(store.getState());
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.text !== prev.text || s.errors !== prev.errors || s.syntax !== prev.syntax) sync(s);
    });
    return () => {
      unsubscribe();
      view.destroy();
    };
  }, [store]);
  return <div ref={host} className="rounded-lg border border-slate-300 dark:border-slate-700" />;
}
