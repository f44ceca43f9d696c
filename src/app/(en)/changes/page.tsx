import type { Metadata } from "next";
import { Suspense } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ChangeList } from "@/components/change-list";
import { ChangesExplorer } from "@/components/changes-explorer";
import { FollowLink } from "@/components/follow-link";
import { loadContent } from "@/lib/content/load";
import { changeRows } from "@/lib/history/change-list";
import { readFactHistory } from "@/lib/history/git-history";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";

export const metadata: Metadata = pageMetadata({
  title: "Changes",
  description:
    "Every change to the sourced facts of DeAI Atlas, newest first: statuses, chains, trust ratings, prices. Filter by category, chain and kind of fact, or follow the feed.",
  path: pagePaths.changes,
});

// Without JavaScript the newest changes are listed; the filters load the whole list as data.
const shownWithoutScript = 50;

export default function ChangesPage() {
  const { projects, categories } = loadContent();
  const history = readFactHistory();
  const rows = changeRows(history.entries, projects);
  return (
    <div className="flex max-w-4xl flex-col gap-4">
      <Breadcrumbs trail={[]} current="Changes" />
      <h1 className="text-3xl font-bold tracking-tight">Changes</h1>
      <p className="text-slate-700 dark:text-slate-300">
        Every change to a project&apos;s facts, read from the site&apos;s git history: one entry per project
        per commit, naming what was added, removed or changed. Edits to sources and review dates alone are
        left out.
      </p>
      {history.status !== "ok" && (
        <p role="note" className="rounded-md border border-amber-600 px-3 py-2">
          {history.status === "shallow"
            ? "This build had only part of the git history, so older changes are missing."
            : "This build had no git history (a shallow clone or an archive), so no change can be listed; the repository keeps them."}
        </p>
      )}
      <FollowLink feedPath={pagePaths.feed} about="every change" />
      <Suspense fallback={<ChangeList rows={rows.slice(0, shownWithoutScript)} />}>
        <ChangesExplorer
          categories={categories.map(({ slug, name }) => ({ slug, name }))}
          shown={shownWithoutScript}
        />
      </Suspense>
    </div>
  );
}
