"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import type { AttemptView } from "@/lib/server/exams/view";
import { createExamStore, type ExamState, type ExamStore } from "./store";

const ExamStoreContext = createContext<ExamStore | null>(null);

/** One exam store per mounted attempt (never a module-global store holding a learner's answers). */
export function ExamStoreProvider({ view, children }: { view: AttemptView; children: ReactNode }) {
  const [store] = useState(() => createExamStore(view));
  return <ExamStoreContext.Provider value={store}>{children}</ExamStoreContext.Provider>;
}

/** The attempt's store, for event handlers that read the latest state. */
export function useExamStore(): ExamStore {
  const store = useContext(ExamStoreContext);
  if (!store) throw new Error("useExam must be used inside ExamStoreProvider");
  return store;
}

/** Subscribes to one slice of the attempt's state. */
export function useExam<T>(selector: (s: ExamState) => T): T {
  return useStore(useExamStore(), selector);
}
