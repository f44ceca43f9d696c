import type { Project } from "@/lib/content/schema";

type Props = {
  sources: Project["sources"];
  /** Footnotes link to `#<idPrefix>-<number>`; a page listing several projects' sources gives each its own. */
  idPrefix?: string;
};

export function SourceList({ sources, idPrefix = "source" }: Props) {
  return (
    <ol className="flex list-decimal flex-col gap-1.5 pl-6 text-sm">
      {sources.map((source, index) => (
        <li key={source.url} id={`${idPrefix}-${index + 1}`} className="scroll-mt-20">
          <a href={source.url} rel="noopener noreferrer">
            {source.title}
          </a>{" "}
          <span className="text-slate-600 dark:text-slate-400">(accessed {source.accessed})</span>
        </li>
      ))}
    </ol>
  );
}
