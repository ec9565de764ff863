import { evaluate } from "@mdx-js/mdx";
import * as runtime from "react/jsx-runtime";
import remarkGfm from "remark-gfm";

/** Renders a card's MDX body on the server (at build time for prerendered pages). */
export async function CardBody({ source }: { source: string }) {
  const { default: Content } = await evaluate(source, { ...runtime, remarkPlugins: [remarkGfm] });
  return (
    <div className="card-prose">
      <Content />
    </div>
  );
}
