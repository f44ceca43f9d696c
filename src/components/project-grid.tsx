import { ProjectCard } from "@/components/project-card";
import type { ReactNode } from "react";
import type { ProjectSummary } from "@/lib/browse/view";
import type { Locale } from "@/lib/i18n/locales";

type Props = {
  projects: readonly ProjectSummary[];
  locale: Locale;
  cardFooter?: (project: ProjectSummary) => ReactNode;
};

export function ProjectGrid({ projects, locale, cardFooter }: Props) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {projects.map((project) => (
        <li key={project.slug}>
          <ProjectCard project={project} locale={locale} footer={cardFooter?.(project)} />
        </li>
      ))}
    </ul>
  );
}
