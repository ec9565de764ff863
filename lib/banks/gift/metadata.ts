import { z } from "zod";
import type { LineMessage } from "../import-types";
import type { SourceLine } from "./blocks";

/**
 * What a block's comment lines say about its question. Moodle reads `[id:…]` and `[tag:…]`; this
 * app also writes one "// coldstart: {…}" line with what GIFT has no syntax for (domain, topic,
 * linked card, references, distractors' misconceptions), so its own exports round-trip without
 * loss while other tools ignore the line.
 */
export const METADATA_PREFIX = "// coldstart:";

const metadataSchema = z.strictObject({
  domain: z.string().max(10).optional(),
  topic: z.string().max(200).optional(),
  cardId: z.string().max(100).optional(),
  references: z.array(z.string().max(2000)).max(50).optional(),
  misconceptions: z.array(z.string().max(200).nullable()).max(50).optional(),
});
export type Metadata = z.infer<typeof metadataSchema>;

export type CommentInfo = { externalId: string | null; tags: string[]; metadata: Metadata; errors: LineMessage[] };

const ID = /\[id:((?:\\\]|[^\]\p{Cc}])+)\]/u;
const TAG = /\[tag:((?:\\\]|[^\]<>\p{Cc}])+)\]/gu;
const unescapeBracket = (s: string) => s.replace(/\\\]/g, "]").trim();

export function readComments(comments: SourceLine[]): CommentInfo {
  const info: CommentInfo = { externalId: null, tags: [], metadata: {}, errors: [] };
  for (const line of comments) {
    const text = line.text.trim();
    if (text.startsWith(METADATA_PREFIX)) {
      let json: unknown;
      try {
        json = JSON.parse(text.slice(METADATA_PREFIX.length));
      } catch {
        info.errors.push({ line: line.n, message: "the coldstart metadata comment is not valid JSON" });
        continue;
      }
      const parsed = metadataSchema.safeParse(json);
      if (parsed.success) info.metadata = parsed.data;
      else
        info.errors.push({
          line: line.n,
          message: `the coldstart metadata comment is malformed (${parsed.error.issues.map((i) => `${i.path.join(".") || "value"}: ${i.message}`).join("; ")})`,
        });
      continue;
    }
    const id = ID.exec(text);
    if (id && info.externalId === null) info.externalId = unescapeBracket(id[1]!);
    for (const tag of text.matchAll(TAG)) {
      const value = unescapeBracket(tag[1]!);
      if (value) info.tags.push(value);
    }
  }
  return info;
}

/** The comment lines that carry a question's id, tags and metadata. */
export function writeComments(q: { externalId: string | null; tags: string[]; metadata: Metadata }): string[] {
  const lines: string[] = [];
  const bracket = (s: string) => s.replace(/\]/g, "\\]");
  const marks = [
    ...(q.externalId ? [`[id:${bracket(q.externalId)}]`] : []),
    ...q.tags.map((t) => `[tag:${bracket(t)}]`),
  ];
  if (marks.length) lines.push(`// ${marks.join(" ")}`);
  if (Object.keys(q.metadata).length) lines.push(`${METADATA_PREFIX} ${JSON.stringify(q.metadata)}`);
  return lines;
}
