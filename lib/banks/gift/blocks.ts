import { hideEscapes } from "./escapes";

/** A line of a GIFT file: its 1-based number and its text with escapes hidden. */
export type SourceLine = { n: number; text: string };

/**
 * One block of a GIFT file (blocks are separated by blank lines): its comment lines ("//…",
 * where [id:…], [tag:…] and this app's metadata live) and the rest, joined, with a way back from
 * an offset in the joined text to the line it came from.
 */
export class Block {
  readonly text: string;
  private readonly starts: number[] = [];

  constructor(
    readonly comments: SourceLine[],
    readonly body: SourceLine[],
  ) {
    let offset = 0;
    for (const line of body) {
      this.starts.push(offset);
      offset += line.text.length + 1;
    }
    this.text = body.map((l) => l.text).join("\n");
  }

  /** The file line of an offset in `text`. */
  lineAt(offset: number): number {
    let i = 0;
    while (i + 1 < this.starts.length && this.starts[i + 1]! <= offset) i++;
    return this.body[i]?.n ?? this.comments[0]?.n ?? 1;
  }

  /** The line where the question itself starts (its first non-blank character). */
  get firstLine(): number {
    return this.lineAt(this.text.length - this.text.trimStart().length);
  }
}

/** Splits a GIFT file into blocks; a blank line (or one of spaces) ends a block, as in Moodle. */
export function splitBlocks(source: string): Block[] {
  const lines = source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let comments: SourceLine[] = [];
  let body: SourceLine[] = [];
  const close = () => {
    if (comments.length || body.length) blocks.push(new Block(comments, body));
    comments = [];
    body = [];
  };
  lines.forEach((raw, i) => {
    if (raw.trim() === "") return close();
    const line = { n: i + 1, text: raw };
    if (raw.trimStart().startsWith("//")) comments.push(line);
    else body.push({ n: line.n, text: hideEscapes(raw) });
  });
  close();
  return blocks;
}
