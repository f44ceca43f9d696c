import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

/** Footnote links to the numbered sources of the page (`#source-3`), each at least 24 px for a finger. */
export function SourceMarks({
  numbers,
  locale,
  idPrefix = "source",
}: {
  numbers: readonly number[];
  locale: Locale;
  idPrefix?: string;
}) {
  return numbers.map((number) => (
    <a
      key={number}
      href={`#${idPrefix}-${number}`}
      aria-label={messages(locale).project.sourceMark(number)}
      className="ml-0.5 inline-block min-h-6 min-w-6 text-center text-xs leading-6"
    >
      [{number}]
    </a>
  ));
}
