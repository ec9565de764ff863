/**
 * GIFT and Moodle texts carry a format ([html], [moodle], [plain], [markdown]); this app stores
 * Markdown, which may contain HTML (sanitised when rendered). Plain text is escaped so that it
 * shows exactly as written; the others are kept as they are.
 */
export const TEXT_FORMATS = ["html", "moodle", "plain", "markdown"] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

const PREFIX = /^\s*\[(html|moodle|plain|markdown)\]/;

/** Splits a leading format prefix off a text; texts without one get `fallback`. */
export function splitFormat(text: string, fallback: TextFormat): { format: TextFormat; text: string } {
  const m = PREFIX.exec(text);
  return m ? { format: m[1] as TextFormat, text: text.slice(m[0].length) } : { format: fallback, text };
}

/** Whether a text would be read as starting with a format prefix (an exporter must protect it). */
export const startsWithFormat = (text: string) => PREFIX.test(text);

/** Escapes what Markdown would otherwise format in plain text. */
export function plainToMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+-])(?=\s|$)/gm, "$1\\$2")
    .replace(/^(\s*\d+)\.(?=\s|$)/gm, "$1\\.");
}

/** The text as this app stores it. */
export const toMarkdown = (text: string, format: TextFormat) => (format === "plain" ? plainToMarkdown(text) : text);
