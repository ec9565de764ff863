import Link from "next/link";
import { buttonSecondary } from "@/components/ui/styles";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-red-700 dark:text-red-400">403</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">You do not have access to this page</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        This area is for instructors. If you think you should have access, ask an administrator.
      </p>
      <Link href="/" className={`${buttonSecondary} mt-6`}>
        Back to your dashboard
      </Link>
    </div>
  );
}
