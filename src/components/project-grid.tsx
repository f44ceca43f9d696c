import { ProjectCard } from "@/components/project-card";
import type { ReactNode } from "react";
import type { ProjectSummary } from "@/lib/browse/view";

type Props = { projects: readonly ProjectSummary[]; cardFooter?: (project: ProjectSummary) => ReactNode };

export function ProjectGrid({ projects, cardFooter }: Props) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {projects.map((project) => (
        <li key={project.slug}>
          <ProjectCard project={project} footer={cardFooter?.(project)} />
        </li>
      ))}
    </ul>
  );
}
