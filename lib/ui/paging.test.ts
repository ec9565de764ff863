import { describe, expect, it } from "vitest";
import { pageLinks, pageWindow } from "./paging";

describe("pageWindow", () => {
  it("cuts a list into pages of the size asked, the last one short", () => {
    expect(pageWindow(162, 50, "1")).toEqual({ page: 1, pages: 4, start: 0, end: 50, total: 162 });
    expect(pageWindow(162, 50, "4")).toEqual({ page: 4, pages: 4, start: 150, end: 162, total: 162 });
  });

  it("reads a missing, malformed or repeated value as page 1", () => {
    for (const bad of [undefined, "", "abc", "-2", "1.5", "0x2", ["2", "3"], "9999999"])
      expect(pageWindow(162, 50, bad).page, String(bad)).toBe(1);
    expect(pageWindow(162, 50, "0").page).toBe(1);
  });

  it("shows the last page for a page past the end, and one empty page for an empty list", () => {
    expect(pageWindow(162, 50, "9")).toMatchObject({ page: 4, start: 150, end: 162 });
    expect(pageWindow(0, 50, "3")).toEqual({ page: 1, pages: 1, start: 0, end: 0, total: 0 });
  });
});

describe("pageLinks", () => {
  it("links every page of a short list", () => {
    expect(pageLinks(pageWindow(162, 50, "2"))).toEqual([1, 2, 3, 4]);
  });

  it("links the ends and the pages near the current one of a long list, with gaps between", () => {
    expect(pageLinks(pageWindow(5000, 50, "1"))).toEqual([1, 2, 3, "gap", 100]);
    expect(pageLinks(pageWindow(5000, 50, "50"))).toEqual([1, "gap", 48, 49, 50, 51, 52, "gap", 100]);
    expect(pageLinks(pageWindow(5000, 50, "99"))).toEqual([1, "gap", 97, 98, 99, 100]);
  });
});
