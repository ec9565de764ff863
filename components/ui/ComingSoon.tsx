import type { ReactNode } from "react";
import { panel } from "./styles";

/** States plainly what a section will hold until its feature lands. */
export function ComingSoon({ children, items }: { children: ReactNode; items: string[] }) {
  return (
    <section className={panel} aria-labelledby="coming-soon-title">
      <h2 id="coming-soon-title" className="text-lg font-semibold">
        Coming soon
      </h2>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{children}</p>
      <ul className="mt-4 list-disc space-y-1 pl-6 text-slate-700 dark:text-slate-300">
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </section>
  );
}
