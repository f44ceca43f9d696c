import { SiteLink } from "@/components/site-link";
import { ProjectGrid } from "@/components/project-grid";
import { summarise, type CategoryGroup } from "@/lib/browse";

export function CategoryGroups({ groups }: { groups: CategoryGroup[] }) {
  return groups.map(({ category, projects }) => (
    <section key={category.slug} aria-labelledby={`group-${category.slug}`} className="mt-8">
      <h2 id={`group-${category.slug}`} className="text-xl font-semibold">
        <SiteLink href={`/categories/${category.slug}/`}>{category.name}</SiteLink>{" "}
        <span className="text-base font-normal text-slate-600 dark:text-slate-400">({projects.length})</span>
      </h2>
      <div className="mt-4">
        <ProjectGrid projects={projects.map(summarise)} />
      </div>
    </section>
  ));
}
