import type { signIn as nextAuthSignIn } from "next-auth/react";

// next-auth/react is loaded when the user acts rather than with the page: no route's first load
// carries the library for a form or a button (the header is on every page).

/** next-auth/react's signIn, loaded when the sign-in or sign-up form is sent. */
export const signIn: typeof nextAuthSignIn = async (...args) => (await import("next-auth/react")).signIn(...args);

/** Signs out and returns to the landing page, loading next-auth/react on the click. */
export async function signOut(): Promise<void> {
  await (await import("next-auth/react")).signOut({ callbackUrl: "/" });
}
