import matter from "gray-matter";
import { cardFrontmatterSchema, MIN_BODY_CHARS, type CardFrontmatter } from "./schema";

export type Card = CardFrontmatter & { body: string };

export class CardValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "CardValidationError";
  }
}

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    "",
  );
}

/** Parses one card file's text; throws CardValidationError naming the file and every bad field. */
export function parseCard(file: string, text: string): Card {
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text);
  } catch (e) {
    throw new CardValidationError(file, [`frontmatter: invalid YAML (${(e as Error).message})`]);
  }
  const result = cardFrontmatterSchema.safeParse(parsed.data);
  const problems: string[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push(`${formatPath(issue.path) || "frontmatter"}: ${issue.message}`);
    }
  }
  const body = parsed.content.trim();
  if (body.length < MIN_BODY_CHARS) {
    problems.push(`body: must be at least ${MIN_BODY_CHARS} characters (has ${body.length})`);
  }
  const expectedId = file.replace(/^.*\//, "").replace(/\.mdx$/, "");
  if (result.success && result.data.id !== expectedId) {
    problems.push(`id: must match the file name "${expectedId}" (is "${result.data.id}")`);
  }
  if (problems.length > 0 || !result.success) throw new CardValidationError(file, problems);
  return { ...result.data, body };
}
