import Link from "next/link";
import { HeaderSession } from "./HeaderSession";

/**
 * The top bar. It is static so content pages can be prerendered; the session-dependent
 * parts (Author link, account controls) render on the client from the session endpoint.
 */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" prefetch={false} className="flex items-center gap-2 text-lg font-bold tracking-tight">
          <span
            aria-hidden="true"
            className="grid h-8 w-8 place-items-center rounded-lg bg-sky-700 text-white dark:bg-sky-500 dark:text-slate-950"
          >
            λ
          </span>
          Coldstart
        </Link>
        <HeaderSession />
      </div>
    </header>
  );
}
