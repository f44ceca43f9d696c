import { SiteLink } from "@/components/site-link";
import type { ReactNode } from "react";
import type { ProjectSummary } from "@/lib/browse/view";
import type { Locale } from "@/lib/i18n/locales";
import { clientMessages } from "@/lib/i18n/messages/client";
import { format } from "@/lib/i18n/messages/client-en";
import { pagePaths } from "@/lib/site/paths";

const chip =
  "inline-block rounded-full border border-slate-300 px-2 py-1 text-xs text-slate-700 dark:border-slate-600 dark:text-slate-200";

/** `footer` holds page-specific controls, such as the "select to compare" box of a category page. */
export function ProjectCard({
  project,
  locale,
  footer,
}: {
  project: ProjectSummary;
  locale: Locale;
  footer?: ReactNode;
}) {
  const { card } = clientMessages(locale);
  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h3 className="text-base font-semibold">
        <SiteLink href={pagePaths.project(project.slug)}>{project.name}</SiteLink>
      </h3>
      <p className="text-sm text-slate-700 dark:text-slate-300">{project.tagline}</p>
      <div className="mt-auto flex flex-col gap-1.5">
        {[project.chainNames, project.resourceNames].map(
          (names, index) =>
            names.length > 0 && (
              <ul key={index} className="flex flex-wrap gap-1.5">
                {names.map((name) => (
                  <li key={name} className={chip}>
                    {name}
                  </li>
                ))}
              </ul>
            ),
        )}
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {format(card.lastSeen, { date: project.lastSeenText })}
          {project.launched ? format(card.launched, { year: project.launched }) : ""}
        </p>
        {project.status !== "active" && (
          <p className="text-xs font-medium text-amber-800 dark:text-amber-300">{project.statusName}</p>
        )}
      </div>
      {footer}
    </article>
  );
}
