// Markdown bodies: what a body may contain (checked at validation, with messages) and its rendering to safe HTML
// through a strict allowlist, so even a body that slipped past validation renders inert.
import type { Root, RootContent } from "mdast";
import { remark } from "remark";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { webUrlProblem } from "./fields";

/** The only elements a description renders to: text structure and links, nothing that loads or submits. */
export const bodySchema: SanitizeSchema = {
  tagNames: ["p", "a", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h2", "h3", "h4", "br", "hr"],
  attributes: { a: ["href"] },
  protocols: { href: ["https"] },
  clobberPrefix: "",
  strip: ["script", "style"],
};

const processor = remark().use(remarkRehype).use(rehypeSanitize, bodySchema).use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

type Node = Root | RootContent;

function* walk(node: Node): Generator<RootContent> {
  if (node.type !== "root") yield node;
  if ("children" in node) for (const child of node.children) yield* walk(child);
}

/** What a body must not contain, each with the line it is on and what to write instead. */
export function bodyMarkupProblems(markdown: string): string[] {
  const problems: string[] = [];
  // An element is an opening and a closing tag; one message per line names both.
  const htmlByLine = new Map<number, string[]>();
  for (const node of walk(remark().parse(markdown))) {
    const line = node.position?.start.line ?? 0;
    if (node.type === "html") htmlByLine.set(line, [...(htmlByLine.get(line) ?? []), node.value.slice(0, 30)]);
    else if (node.type === "image" || node.type === "imageReference")
      problems.push(`line ${line}: images are not allowed in descriptions; link to the page instead`);
    else if (node.type === "link" && webUrlProblem(node.url))
      problems.push(`line ${line}: link to "${node.url}": expected ${webUrlProblem(node.url)}`);
    else if (node.type === "heading" && node.depth === 1)
      problems.push(`line ${line}: a # heading is not allowed (the page title is the project's name); use ## or plain text`);
  }
  for (const [line, tags] of htmlByLine)
    problems.push(`line ${line}: raw HTML (${tags.join(" ")}) is not allowed; write Markdown instead`);
  return problems.sort((a, b) => lineOf(a) - lineOf(b));
}

const lineOf = (problem: string) => Number(/^line (\d+)/.exec(problem)?.[1] ?? 0);
