// Markdown bodies to safe HTML: raw HTML is dropped and rehype-sanitize removes scripts and javascript: links.
import { remark } from "remark";
import remarkRehype from "remark-rehype";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";

const processor = remark().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
