import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { compile } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import { loadCards } from "./load";
import { CardValidationError, parseCard } from "./parse";

describe("concept cards", () => {
  const cards = loadCards();

  it("all validate against the frontmatter schema", () => {
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  });

  it("every body compiles as MDX", async () => {
    for (const card of cards) {
      await expect(compile(card.body, { remarkPlugins: [remarkGfm] }), card.id).resolves.toBeDefined();
    }
  });

  it("reports the file and every bad field of a broken card", () => {
    const text = fs.readFileSync(path.join(__dirname, "__fixtures__", "broken-card.mdx"), "utf8");
    let error: unknown;
    try {
      parseCard("content/cards/broken-card.mdx", text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CardValidationError);
    const { file, problems } = error as CardValidationError;
    expect(file).toBe("content/cards/broken-card.mdx");
    expect(problems).toEqual([
      expect.stringMatching(/^domains\[1\]: Invalid option/),
      "misconceptions[0].id: is required: a slug naming this pair, such as pc-on-latest",
      "misconceptions[0].why: must be at least 20 characters",
      "body: must be at least 300 characters (has 17)",
    ]);
  });

  it("requires every misconception pair to have its own id, unique within the card and not all digits", () => {
    const card = (ids: string[]) =>
      [
        "---",
        "id: x",
        "title: A card",
        "section: Key concepts",
        "topic: Testing",
        "domains: [D2]",
        "summary: A summary long enough for the schema.",
        "misconceptions:",
        ...ids.map((id) => `  - { id: "${id}", wrong: "A wrong statement.", right: "A right statement.", why: "The reason, long enough." }`),
        "references: [https://docs.aws.amazon.com/lambda/latest/dg/welcome.html]",
        "---",
        "x".repeat(300),
      ].join("\n");
    expect(() => parseCard("content/cards/x.mdx", card(["pc-on-latest", "spillover"]))).not.toThrow();
    expect(() => parseCard("content/cards/x.mdx", card(["spillover", "pc-on-latest", "spillover"]))).toThrowError(
      /misconceptions\[2\]\.id: duplicate pair id "spillover"/,
    );
    expect(() => parseCard("content/cards/x.mdx", card(["3"]))).toThrowError(/misconceptions\[0\]\.id: must contain a letter/);
    expect(() => parseCard("content/cards/x.mdx", card(["PC on latest"]))).toThrowError(/misconceptions\[0\]\.id: must be a lowercase slug/);
  });

  it("fails the whole load, naming the file, when one card in a folder is broken", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cards-"));
    fs.copyFileSync(path.join(__dirname, "__fixtures__", "broken-card.mdx"), path.join(dir, "broken-card.mdx"));
    expect(() => loadCards(dir)).toThrowError(/broken-card\.mdx:\n\s+- domains\[1\]/);
  });

  it("names the YAML problem of a card whose frontmatter does not parse", () => {
    expect(() => parseCard("content/cards/x.mdx", "---\nid: x\ntitle: a: b: c\n---\nbody")).toThrowError(
      /content\/cards\/x\.mdx:\n\s+- frontmatter: invalid YAML/,
    );
  });

  it("rejects a card whose related id does not exist, naming the field", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cards-"));
    const good = fs.readFileSync(path.join(process.cwd(), "content/cards/reserved-concurrency.mdx"), "utf8");
    fs.writeFileSync(path.join(dir, "reserved-concurrency.mdx"), good);
    expect(() => loadCards(dir)).toThrowError(/reserved-concurrency\.mdx[\s\S]*related\[0\]: no card with id/);
  });
});
