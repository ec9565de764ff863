/** One page of a long list: which rows to show, and where the pages around it are. */
export type PageWindow = { page: number; pages: number; start: number; end: number; total: number };

/**
 * The page a `?page=` value asks for, over `total` rows of `size`: 1-based, a missing or malformed
 * value is page 1, and one past the end is the last page (a list that shrank since the link was made).
 * `start` is the first row's index, `end` one past the last row's.
 */
export function pageWindow(total: number, size: number, requested: string | string[] | undefined): PageWindow {
  const pages = Math.max(1, Math.ceil(total / size));
  const asked = typeof requested === "string" && /^\d{1,6}$/.test(requested) ? Number(requested) : 1;
  const page = Math.min(Math.max(asked, 1), pages);
  const start = (page - 1) * size;
  return { page, pages, start, end: Math.min(start + size, total), total };
}

/** The page numbers to link: the first, the last and two either side of the current one; "gap" between runs. */
export function pageLinks({ page, pages }: PageWindow): (number | "gap")[] {
  const out: (number | "gap")[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= 2) out.push(p);
    else if (out[out.length - 1] !== "gap") out.push("gap");
  }
  return out;
}
