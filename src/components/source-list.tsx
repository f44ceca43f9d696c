import type { Project } from "@/lib/content/schema";
import type { Locale } from "@/lib/i18n/locales";
import { clientMessages } from "@/lib/i18n/messages/client";
import { format } from "@/lib/i18n/messages/client-en";
import { dayText } from "@/lib/text/dates";

type Props = {
  sources: Project["sources"];
  locale: Locale;
  /** Footnotes link to `#<idPrefix>-<number>`; a page listing several projects' sources gives each its own. */
  idPrefix?: string;
};

export function SourceList({ sources, locale, idPrefix = "source" }: Props) {
  return (
    <ol className="flex list-decimal flex-col gap-1.5 pl-6 text-sm">
      {sources.map((source, index) => (
        <li key={source.url} id={`${idPrefix}-${index + 1}`} className="scroll-mt-20">
          <a href={source.url} rel="noopener noreferrer">
            {source.title}
          </a>{" "}
          <span className="text-slate-600 dark:text-slate-400">
            ({format(clientMessages(locale).common.accessed, { date: dayText(source.accessed, locale) })})
          </span>
        </li>
      ))}
    </ol>
  );
}
