"use client";

import { useEffect, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { formatCountdown } from "@/lib/exam/timing";
import { useExam } from "./ExamStoreProvider";

const WARN_AT_MIN = [30, 10, 5, 1];

/**
 * Counts down to the server's deadline on the server's clock (the view carries the server's time
 * when it was built). The page only displays it: the server enforces the deadline on its own.
 */
export function Countdown({ onTimeUp }: { onTimeUp: () => void }) {
  const deadlineAt = useExam((s) => s.view.deadlineAt);
  const serverNow = useExam((s) => s.view.serverNow);
  const offset = useExam((s) => s.clockOffsetMs);
  // Until mounted, the time at the server's render, so server and client HTML agree.
  const [now, setNow] = useState(() => Date.parse(serverNow));
  const [warning, setWarning] = useState("");
  const fired = useRef(false);
  const warned = useRef(new Set<number>());

  useEffect(() => {
    const tick = () => setNow(Date.now() + offset);
    tick();
    const t = setInterval(tick, 1000);
    return () => clearInterval(t);
  }, [offset]);

  const remaining = deadlineAt ? Date.parse(deadlineAt) - now : null;
  useEffect(() => {
    if (remaining === null) return;
    if (remaining <= 0 && !fired.current) {
      fired.current = true;
      onTimeUp();
    }
    const minutes = Math.ceil(remaining / 60_000);
    for (const m of WARN_AT_MIN) {
      if (minutes <= m && remaining > 0 && !warned.current.has(m)) {
        WARN_AT_MIN.filter((x) => x >= m).forEach((x) => warned.current.add(x));
        setWarning(`${m} minute${m === 1 ? "" : "s"} left`);
      }
    }
  }, [remaining, onTimeUp]);

  if (remaining === null) return <span className="text-sm text-slate-600 dark:text-slate-400">Untimed</span>;
  const low = remaining < 5 * 60_000;
  return (
    <>
      <span
        role="timer"
        aria-label="Time left"
        data-testid="time-left"
        className={cn(
          "rounded-md px-2 py-1 font-mono text-lg font-semibold tabular-nums",
          low ? "bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-100" : "bg-slate-100 dark:bg-slate-800",
        )}
      >
        {formatCountdown(remaining)}
      </span>
      <span className="sr-only" aria-live="assertive">
        {warning}
      </span>
    </>
  );
}
