import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { allSaved, examReady, newLearner } from "./exam-helpers";

const root = path.resolve(__dirname, "..");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/**
 * A second production server on the e2e database and build, started and killed by the test:
 * the attempt must survive a server restart because nothing about it lives in server memory.
 */
async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      WEB_CONCURRENCY: "1",
      DATABASE_URL: `file:${path.join(root, ".coldstart", "e2e.db")}`,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: fs.readFileSync(path.join(root, ".coldstart", "auth-secret"), "utf8").trim(),
    },
    stdio: "ignore",
  });
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    const up = await fetch(`http://localhost:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((r) => setTimeout(r, 250));
  }
}

const stop = (server: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (server.exitCode !== null) return resolve();
    server.once("exit", () => resolve());
    server.kill("SIGKILL"); // a crash, not a graceful stop: nothing gets flushed on the way out
  });

test("an attempt survives a server restart with the same questions, order and answers", async ({ page }) => {
  test.slow(); // a whole journey on a shared 2-core machine: a ceiling (3 × 180 s), never a timing assertion
  const port = await freePort();
  const base = `http://localhost:${port}`;
  let server = await startServer(port);
  try {
    // Signed in through the suite's server: cookies ignore ports and both servers share the secret.
    await newLearner(page);
    await page.goto(`${base}/exams`);
    const card = page.getByRole("form", { name: "Timed mock" });
    await card.getByLabel("Length").selectOption({ label: "Short mock: 20 questions, 48 minutes" });
    await card.getByRole("button", { name: "Start timed mock" }).click();
    await page.waitForURL(/\/exams\/[a-z0-9]+$/);
    await examReady(page);
    const url = page.url();
    await page.keyboard.press("2");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("f");
    await allSaved(page);
    const stem2 = await page.evaluate(() => document.querySelector("[data-position] > p")?.textContent);

    await stop(server);
    server = await startServer(port);

    await page.goto(url);
    await expect(page.getByRole("heading", { name: /^Question \d+ of 20$/ })).toBeVisible();
    await examReady(page);
    const palette = page.getByRole("navigation", { name: "Question palette" });
    await expect(palette.getByRole("button", { name: /^Question 1:/ })).toHaveAttribute(
      "aria-label",
      "Question 1: answered",
    );
    await expect(palette.getByRole("button", { name: /^Question 2:/ })).toHaveAttribute(
      "aria-label",
      "Question 2: unanswered, flagged",
    );
    await palette.getByRole("button", { name: /^Question 1:/ }).click();
    await expect(page.locator('[data-option-index="2"]')).toHaveAttribute("data-selected", "true");
    await palette.getByRole("button", { name: /^Question 2:/ }).click();
    expect(await page.evaluate(() => document.querySelector("[data-position] > p")?.textContent)).toBe(stem2);
  } finally {
    await stop(server);
  }
});
