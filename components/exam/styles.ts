/** A select sized to its content (the shared inputBase is full width). */
export const selectBase =
  "block w-auto max-w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100";
