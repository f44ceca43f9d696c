import type { FactHistory, HistoryEntry } from "@/lib/history/git-history";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { repositoryUrl } from "@/lib/site/urls";
import { dayText } from "@/lib/text/dates";

type Props = { entries: readonly HistoryEntry[]; status: FactHistory["status"]; locale: Locale };

/** Every change to the project's facts, newest first, each with its date and commit. */
export function ProjectHistory({ entries, status, locale }: Props) {
  const { history } = messages(locale);
  return (
    <section aria-labelledby="history" className="flex flex-col gap-2">
      <h2 id="history" className="text-xl font-semibold">
        {history.heading}
      </h2>
      {status !== "ok" && <p role="note">{status === "shallow" ? history.shallow : history.unavailable}</p>}
      {status !== "unavailable" && entries.length === 0 && <p>{history.none}</p>}
      <ol className="flex flex-col gap-3 text-sm">
        {entries.map((entry) => (
          <li key={`${entry.commit}-${entry.file}`}>
            <p className="text-slate-600 dark:text-slate-400">
              <time dateTime={entry.date}>{dayText(entry.date, locale)}</time> ·{" "}
              <a
                href={`${repositoryUrl}/commit/${entry.commit}`}
                rel="noopener noreferrer"
                className="font-mono"
              >
                {entry.commit.slice(0, 7)}
              </a>
            </p>
            <ul className="list-disc pl-5">
              {entry.changes.map((change) => (
                <li key={`${change.fact}-${change.text}`}>{change.text}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
