import Link from "next/link";
import { ProjectCard } from "@/components/project-card";
import type { CategoryGroup } from "@/lib/browse";

export function CategoryGroups({ groups }: { groups: CategoryGroup[] }) {
  return groups.map(({ category, projects }) => (
    <section key={category.slug} aria-labelledby={`group-${category.slug}`} className="mt-8">
      <h2 id={`group-${category.slug}`} className="text-xl font-semibold">
        <Link href={`/categories/${category.slug}/`}>{category.name}</Link>{" "}
        <span className="text-base font-normal text-slate-600 dark:text-slate-400">({projects.length})</span>
      </h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {projects.map((project) => (
          <li key={project.slug}>
            <ProjectCard project={project} />
          </li>
        ))}
      </ul>
    </section>
  ));
}
