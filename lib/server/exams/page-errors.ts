import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "../platform/errors";

/** For pages: an AppError 404 (unknown or another learner's attempt) becomes the 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof AppError && e.status === 404) notFound();
    throw e;
  }
}
