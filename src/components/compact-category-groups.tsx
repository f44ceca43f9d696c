import { CategorySection, type SummaryGroup } from "@/components/category-groups";
import { SiteLink } from "@/components/site-link";
import { pagePaths } from "@/lib/site/paths";

/**
 * Every project by category as a plain list of names and taglines: the light version of CategoryGroups, for
 * fallbacks whose markup also travels in the page's script data.
 */
export function CompactCategoryGroups({ groups }: { groups: SummaryGroup[] }) {
  return groups.map((group) => (
    <CategorySection
      key={group.category.slug}
      category={group.category}
      count={group.projects.length}
      idPrefix="list"
    >
      <ul className="mt-2 flex flex-col gap-1">
        {group.projects.map((project) => (
          <li key={project.slug}>
            <SiteLink href={pagePaths.project(project.slug)} className="font-medium">
              {project.name}
            </SiteLink>
            <span className="text-slate-700 dark:text-slate-300"> — {project.tagline}</span>
          </li>
        ))}
      </ul>
    </CategorySection>
  ));
}
