import { Fragment } from "react";
import { SiteLink } from "@/components/site-link";

const link = /\[([^\]]+)\]\(([^)]+)\)/g;

/**
 * Interface text with links written as `[words](/path/)`, so a dictionary entry can hold a whole sentence with its
 * link; site paths become links in the reader's edition, other addresses plain links.
 */
export function RichText({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let position = 0;
  for (const match of text.matchAll(link)) {
    parts.push(text.slice(position, match.index));
    const [, words = "", href = ""] = match;
    parts.push(
      href.startsWith("/") ? (
        <SiteLink key={match.index} href={href}>
          {words}
        </SiteLink>
      ) : (
        <a key={match.index} href={href} rel="noopener noreferrer">
          {words}
        </a>
      ),
    );
    position = match.index + match[0].length;
  }
  parts.push(text.slice(position));
  return parts.map((part, index) => <Fragment key={index}>{part}</Fragment>);
}
