import ReactMarkdown, { type Components } from "react-markdown";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/**
 * Question texts are Markdown, possibly with HTML (GIFT's [html] questions). Raw HTML is parsed
 * and then sanitised with rehype-sanitize's GitHub schema (no scripts, event handlers, styles or
 * javascript: links), so an instructor's text can never run code in a learner's browser.
 */
const schema = { ...defaultSchema, clobberPrefix: "q-" };

/** Inside an option button only phrasing content is valid: links, images and blocks are unwrapped. */
const INLINE = ["p", "strong", "em", "del", "code", "br", "sub", "sup", "kbd", "span"];

const blockComponents: Components = {
  a: ({ node: _n, ...props }) => (
    <a {...props} className="text-sky-800 underline dark:text-sky-300" target="_blank" rel="noreferrer" />
  ),
  code: ({ node: _n, ...props }) => (
    <code {...props} className="rounded bg-slate-900/5 px-1 py-0.5 font-mono text-[0.9em] dark:bg-white/10" />
  ),
  pre: ({ node: _n, ...props }) => (
    <pre {...props} className="my-2 overflow-x-auto rounded-lg bg-slate-900/5 p-3 text-sm dark:bg-white/10" />
  ),
  ul: ({ node: _n, ...props }) => <ul {...props} className="my-2 list-disc pl-6" />,
  ol: ({ node: _n, ...props }) => <ol {...props} className="my-2 list-decimal pl-6" />,
  p: ({ node: _n, ...props }) => <p {...props} className="my-2 first:mt-0 last:mb-0" />,
};
const inlineComponents: Components = {
  ...blockComponents,
  p: ({ node: _n, ...props }) => <span {...props} className="block [&+&]:mt-1" />,
};

export function Markdown({ text, inline = false }: { text: string; inline?: boolean }) {
  return (
    <ReactMarkdown
      remarkPlugins={[remarkGfm]}
      rehypePlugins={[rehypeRaw, [rehypeSanitize, schema]]}
      allowedElements={inline ? INLINE : undefined}
      unwrapDisallowed
      components={inline ? inlineComponents : blockComponents}
    >
      {text}
    </ReactMarkdown>
  );
}
