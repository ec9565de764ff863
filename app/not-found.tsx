import Link from "next/link";
import { buttonSecondary } from "@/components/ui/styles";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-slate-600 dark:text-slate-400">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        The page you asked for does not exist. It may have been renamed.
      </p>
      <Link href="/learn" className={`${buttonSecondary} mt-6`}>
        Browse the concept cards
      </Link>
    </div>
  );
}
