import { SiteLink } from "@/components/site-link";
import type { ChangeRow } from "@/lib/history/change-list";
import type { Locale } from "@/lib/i18n/locales";
import { format } from "@/lib/i18n/messages/client-en";
import { pagePaths } from "@/lib/site/paths";
import { dayText } from "@/lib/text/dates";

/** Fact changes, newest first: the date, the project and what changed. */
export function ChangeList({
  rows,
  locale,
  baseline,
}: {
  rows: readonly ChangeRow[];
  locale: Locale;
  baseline: string;
}) {
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:gap-4">
          <time
            dateTime={row.date}
            className="w-28 shrink-0 text-sm text-slate-600 tabular-nums dark:text-slate-400"
          >
            {dayText(row.date, locale)}
          </time>
          <div className="flex flex-col gap-1">
            {row.category ? (
              <SiteLink href={pagePaths.project(row.slug)} className="font-medium">
                {row.name}
              </SiteLink>
            ) : (
              <SiteLink href={pagePaths.prices} className="font-medium">
                {format(baseline, { name: row.name })}
              </SiteLink>
            )}
            <ul className="list-disc pl-5 text-sm">
              {row.changes.map((change) => (
                <li key={change.text}>{change.text}</li>
              ))}
            </ul>
          </div>
        </li>
      ))}
    </ol>
  );
}
