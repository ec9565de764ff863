"use client";

import Link from "next/link";
import { signOut } from "@/components/auth/sign-in";
import { NavLinks, type NavItem } from "./NavLinks";
import { useSession } from "./useSession";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";

const BASE_NAV: NavItem[] = [
  { href: "/learn", label: "Learn" },
  { href: "/review", label: "Review" },
  { href: "/sandbox", label: "Sandbox" },
  { href: "/exams", label: "Exams" },
];

/** Navigation and account controls for whoever is signed in (the server re-checks every request). */
export function HeaderSession() {
  const { status, user } = useSession();
  const isAuthor = user?.role === "INSTRUCTOR" || user?.role === "ADMIN";
  const nav = isAuthor ? [...BASE_NAV, { href: "/author", label: "Author" }] : BASE_NAV;
  return (
    <>
      <NavLinks items={nav} />
      <div className="ml-auto flex min-h-10 items-center gap-2">
        {status === "loading" ? null : user ? (
          <>
            <span className="hidden text-sm text-slate-600 sm:inline dark:text-slate-400" data-testid="current-user">
              {user.name ?? user.email}
              {isAuthor ? (
                <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                  {user.role.toLowerCase()}
                </span>
              ) : null}
            </span>
            <button type="button" className={buttonSecondary} onClick={() => void signOut()}>
              Sign out
            </button>
          </>
        ) : (
          <>
            <Link href="/signin" prefetch={false} className={buttonSecondary}>
              Sign in
            </Link>
            <Link href="/signup" prefetch={false} className={buttonPrimary}>
              Sign up
            </Link>
          </>
        )}
      </div>
    </>
  );
}
