import type { CardProgress } from "@/lib/srs/progress";
import { cn } from "@/components/ui/cn";

const LABELS: Record<Exclude<CardProgress, "not-started">, { text: string; cls: string }> = {
  new: { text: "New", cls: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100" },
  learning: { text: "Learning", cls: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100" },
  mastered: { text: "Mastered", cls: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100" },
};

/** The learner's progress on a card; nothing for cards they have not started. */
export function ProgressBadge({ progress }: { progress: CardProgress | undefined }) {
  if (!progress || progress === "not-started") return null;
  const { text, cls } = LABELS[progress];
  return (
    <span className={cn("rounded-full px-2 py-0.5 text-xs font-semibold", cls)} data-testid="progress-badge">
      {text}
    </span>
  );
}
