import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./Markdown";

const html = (text: string, inline = false) => renderToStaticMarkup(createElement(Markdown, { text, inline }));

describe("Markdown in question texts", () => {
  it("renders Markdown and safe HTML", () => {
    expect(html("Which is **right**?")).toContain("<strong>right</strong>");
    expect(html("<b>Bold</b> and `code`")).toMatch(/<b>Bold<\/b> and <code[^>]*>code<\/code>/);
  });

  it.each([
    ["<script>alert(1)</script>Hi", /<script|alert\(1\)<\/script/],
    ['<img src="x" onerror="alert(1)">', /onerror/],
    ["[click](javascript:alert(1))", /javascript:/],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/],
    ['<iframe src="https://evil.example"></iframe>', /<iframe/],
    ['<div style="position:fixed;inset:0">x</div>', /style=/],
    ['<svg><use href="#x"/></svg>', /<svg|<use/],
  ])("removes what could run code or cover the page: %s", (input, unsafe) => {
    expect(html(input)).not.toMatch(unsafe);
    expect(html(input, true)).not.toMatch(unsafe);
  });

  it("inline (inside an option button) keeps only phrasing content", () => {
    const out = html("# Heading\n\n- item\n\n[link](https://docs.aws.amazon.com) and **bold**", true);
    expect(out).not.toMatch(/<(h1|ul|li|a|div|p)[ >]/);
    expect(out).toContain("<strong>bold</strong>");
  });
});
