import { SiteLink } from "@/components/site-link";
import type { ReactNode } from "react";
import { BadgeList } from "@/components/badge-list";
import type { ProjectSummary } from "@/lib/browse/view";
import { nameOf } from "@/lib/facts/vocabulary";
import { monthYear } from "@/lib/text/dates";
import { pagePaths } from "@/lib/site/paths";

/** `footer` holds page-specific controls, such as the "select to compare" box of a category page. */
export function ProjectCard({ project, footer }: { project: ProjectSummary; footer?: ReactNode }) {
  const chainValues = project.chains.map((slug) => ({ key: slug, text: nameOf("chain", slug) }));
  const resourceValues = project.resources.map((slug) => ({ key: slug, text: nameOf("resource", slug) }));
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h3 className="text-base font-semibold">
        <SiteLink href={pagePaths.project(project.slug)}>{project.name}</SiteLink>
      </h3>
      <p className="text-sm text-slate-700 dark:text-slate-300">{project.tagline}</p>
      <div className="mt-auto flex flex-col gap-1.5">
        <BadgeList values={chainValues} label={`Chains of ${project.name}`} />
        <BadgeList values={resourceValues} label={`Resources of ${project.name}`} />
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Last seen {monthYear(project.lastSeen)}
          {project.launched ? ` · launched ${project.launched}` : ""}
        </p>
        {project.status !== "active" && (
          <p className="text-xs font-medium text-amber-800 dark:text-amber-300">
            {nameOf("status", project.status)}
          </p>
        )}
      </div>
      {footer}
    </article>
  );
}
