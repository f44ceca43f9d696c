import type { FactHistory, HistoryEntry } from "@/lib/history/git-history";
import { repositoryUrl } from "@/lib/site/urls";

const historyGaps: Record<Exclude<FactHistory["status"], "ok">, string> = {
  shallow: "This build of the site had only part of the git history, so older changes are missing below.",
  unavailable:
    "This build of the site had no git history (a shallow clone or an archive), so the changes to these facts cannot be listed here; the repository keeps them.",
};

/** Every change to the project's facts, newest first, each with its date and commit. */
export function ProjectHistory({
  entries,
  status,
}: {
  entries: readonly HistoryEntry[];
  status: FactHistory["status"];
}) {
  return (
    <section aria-labelledby="history" className="flex flex-col gap-2">
      <h2 id="history" className="text-xl font-semibold">
        History
      </h2>
      {status !== "ok" && <p role="note">{historyGaps[status]}</p>}
      {status !== "unavailable" && entries.length === 0 && <p>No change to these facts in the history.</p>}
      <ol className="flex flex-col gap-3 text-sm">
        {entries.map((entry) => (
          <li key={`${entry.commit}-${entry.file}`}>
            <p className="text-slate-600 dark:text-slate-400">
              <time dateTime={entry.date}>{entry.date.slice(0, 10)}</time> ·{" "}
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
