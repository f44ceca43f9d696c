import { Fragment } from "react";
import { highlightSegments, type Highlight } from "@/lib/search/highlight";

/** A text with the words the query matched marked; always rendered as text, never as HTML. */
export function Highlighted({ text, highlight }: { text: string; highlight: Highlight }) {
  return highlightSegments(text, highlight).map((segment, at) =>
    segment.isMatch ? (
      <mark key={at} className="rounded-sm bg-amber-200 text-inherit dark:bg-amber-300 dark:text-slate-950">
        {segment.text}
      </mark>
    ) : (
      <Fragment key={at}>{segment.text}</Fragment>
    ),
  );
}
