/**
 * GIFT's escapes (\~ \= \# \{ \} \: \n and \\) become private-use placeholders before a block is
 * parsed, so that splitting on control characters never splits on an escaped one, and are turned
 * back into their characters in each piece of text afterwards (as Moodle's parser does).
 */
const ESCAPED = ["\\", ":", "#", "=", "{", "}", "~", "n"] as const;
const BASE = 0xe000;
const placeholder = (i: number) => String.fromCharCode(BASE + i);
const PLACEHOLDERS = new RegExp(`[${placeholder(0)}-${placeholder(ESCAPED.length - 1)}]`, "g");

/** Replaces escapes in one line with placeholders (a placeholder already in the input becomes U+FFFD). */
export function hideEscapes(line: string): string {
  return line.replace(PLACEHOLDERS, "\uFFFD").replace(/\\([\\:#={}~n])/g, (_m, c: string) => {
    return placeholder(ESCAPED.indexOf(c as (typeof ESCAPED)[number]));
  });
}

/** Turns placeholders back into the characters they stand for. */
export function restoreEscapes(text: string): string {
  return text.replace(PLACEHOLDERS, (p) => {
    const c = ESCAPED[p.charCodeAt(0) - BASE]!;
    return c === "n" ? "\n" : c;
  });
}

/** Writes text so a GIFT reader gets it back exactly (Moodle's repchar). */
export function escapeGift(text: string): string {
  return text
    .replace(/\r/g, "")
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}
