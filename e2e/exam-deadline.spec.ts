import { expect, test } from "@playwright/test";
import {
  allSaved,
  endedByInDb,
  examReady,
  moveServerClock,
  newLearner,
  resetServerClock,
  startFromHub,
} from "./exam-helpers";

test.afterEach(() => resetServerClock());

test("at the deadline the server submits the attempt by itself, and a late answer is refused with a clear message", async ({
  page,
  context,
}) => {
  test.slow(); // a whole journey on a shared 2-core machine: a ceiling (3 × 180 s), never a timing assertion
  await newLearner(page);
  const id = await startFromHub(page, "Timed mock", "Short mock: 20 questions, 48 minutes");
  await page.keyboard.press("1");
  await allSaved(page);

  // A second tab stays open on the exam, as a forgotten tab would.
  const other = await context.newPage();
  await other.goto(`/exams/${id}`);
  await expect(other.getByRole("heading", { name: /^Question \d+ of/ })).toBeVisible();
  await examReady(other);

  expect(endedByInDb(id)).toBeNull();
  // The server's clock moves 49 minutes on: past the 48-minute deadline and its grace.
  moveServerClock(49 * 60_000);

  // Nobody submitted, nobody answered, nobody reads it: the server's sweep submits it by itself
  // (every 15 s; the ceiling is generous for a loaded machine, the wait ends when the row changes).
  await expect.poll(() => endedByInDb(id), { timeout: 120_000, intervals: [1000] }).toBe("DEADLINE");
  await page.goto("/exams");
  await expect(page.getByRole("region", { name: "In progress" })).toHaveCount(0);
  await page.getByRole("region", { name: "Your attempts" }).getByRole("link", { name: "Timed mock" }).click();
  await page.waitForURL(`**/exams/${id}/results`);
  await expect(page.getByTestId("ended-by")).toHaveText("by the server at the deadline");
  await expect(page.getByTestId("time-used")).toHaveText("48 min of 48 min");

  // A late answer over the API is refused, saying why.
  const late = await page.request.put(`/api/exams/${id}/answers/2`, {
    data: { selected: [], flagged: true, struck: [], revision: 9 },
  });
  expect(late.status()).toBe(409);
  expect(((await late.json()) as { error: string }).error).toMatch(
    /^Time is up: this exam ended at \d\d:\d\d UTC and the server submitted it\. Answers sent after the deadline are not accepted\.$/,
  );

  // The forgotten tab tries to answer: refused, told so, and taken to the results.
  await other.bringToFront();
  await other
    .getByRole("navigation", { name: "Question palette" })
    .getByRole("button", { name: /^Question 2:/ })
    .click();
  await other.keyboard.press("2");
  await expect(other.getByRole("alert").filter({ hasText: "Time is up: this exam ended at" })).toBeVisible();
  await other.waitForURL(/\/results$/);

  // Opening the exam itself now leads to its results too.
  await page.goto(`/exams/${id}`);
  await page.waitForURL(`**/exams/${id}/results`);
});
