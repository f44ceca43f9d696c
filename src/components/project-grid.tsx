import { ProjectCard } from "@/components/project-card";
import type { ProjectSummary } from "@/lib/browse";

export function ProjectGrid({ projects }: { projects: readonly ProjectSummary[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {projects.map((project) => (
        <li key={project.slug}>
          <ProjectCard project={project} />
        </li>
      ))}
    </ul>
  );
}
