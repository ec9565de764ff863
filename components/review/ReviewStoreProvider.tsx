"use client";

import { createContext, useState, type ReactNode } from "react";
import { createReviewStore, type ReviewStore } from "./store";

export const ReviewStoreContext = createContext<ReviewStore | null>(null);

/** One review store per mounted session (never a module-global store holding user data). */
export function ReviewStoreProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createReviewStore());
  return <ReviewStoreContext.Provider value={store}>{children}</ReviewStoreContext.Provider>;
}
