import type { Metadata } from "next";
import { SiteLink } from "@/components/site-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { loadContent } from "@/lib/content/load";
import { contentHistory, projectChanges } from "@/lib/content/file-dates";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";

export const metadata: Metadata = pageMetadata({
  title: "Recent changes",
  description: "The decentralized-AI projects whose entries in DeAI Atlas changed most recently.",
  path: "/changes/",
});

const shownChanges = 30;

export default function ChangesPage() {
  const changes = projectChanges(loadContent().projects, contentHistory()).slice(0, shownChanges);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs trail={[]} current="Recent changes" />
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Recent changes</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        The {changes.length} project entries changed most recently, by the date of the last commit to their
        file (or their review date where no history is available).
      </p>
      <ol className="mt-6 divide-y divide-slate-200 dark:divide-slate-800">
        {changes.map(({ project, date, isFromGit }) => (
          <li key={project.slug} className="flex flex-wrap items-baseline gap-x-4 py-2">
            <time dateTime={date} className="w-28 text-sm text-slate-600 tabular-nums dark:text-slate-400">
              {date}
            </time>
            <SiteLink href={pagePaths.project(project.slug)}>{project.name}</SiteLink>
            <span className="text-sm text-slate-600 dark:text-slate-400">
              {isFromGit ? "file changed" : "reviewed"}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
