import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import type { ComponentProps } from "react";
import remarkGfm from "remark-gfm";

// Wide tables scroll sideways inside the text column on phones (globals.css): focusable, so a
// keyboard user can scroll them too (axe: scrollable-region-focusable).
const components = { table: (props: ComponentProps<"table">) => <table {...props} tabIndex={0} /> };

/** Renders a card's MDX body on the server (at build time for prerendered pages). */
export async function CardBody({ source }: { source: string }) {
  const { default: Content } = await evaluate(source, { ...runtime, remarkPlugins: [remarkGfm] });
  return (
    <div className="card-prose">
      <Content components={components} />
    </div>
  );
}
