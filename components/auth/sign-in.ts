import type { signIn as nextAuthSignIn } from "next-auth/react";

/**
 * next-auth/react's signIn, loaded when the form is sent rather than with the page: the sign-in and
 * sign-up pages' first load does not carry the library.
 */
export const signIn: typeof nextAuthSignIn = async (...args) => (await import("next-auth/react")).signIn(...args);
