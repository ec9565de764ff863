import "server-only";
import { notFound } from "next/navigation";
import { INSTRUCTOR_ROLES } from "../auth/authz";
import { requirePageUser } from "../auth/session";
import { AppError } from "../platform/errors";
import { db } from "../platform/db";
import { getBankForAuthorOrThrow } from "./access";

/** Every /author page starts here: an instructor or admin (else sign-in or the 403 page). */
export const requireAuthor = (path: string) => requirePageUser(path, ...INSTRUCTOR_ROLES);

/** A page of one bank: the author, and the bank they manage (else the 404 page). */
export async function requireAuthorBank(path: string, bankId: string) {
  const user = await requireAuthor(path);
  try {
    return { user, bank: await getBankForAuthorOrThrow(db, user, bankId) };
  } catch (e) {
    if (e instanceof AppError && e.status === 404) notFound();
    throw e;
  }
}

/** Runs a page's data loading, turning a 404 AppError into the 404 page. */
export async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof AppError && e.status === 404) notFound();
    throw e;
  }
}
