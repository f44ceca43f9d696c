import type { ReactNode } from "react";
import { SiteLink } from "@/components/site-link";
import { ProjectGrid } from "@/components/project-grid";
import type { ProjectSummary } from "@/lib/browse/view";
import type { Category } from "@/lib/content/schema";
import type { Locale } from "@/lib/i18n/locales";
import { pagePaths } from "@/lib/site/paths";

export type SummaryGroup = { category: Category; projects: ProjectSummary[] };

/** A category's section: its name as a link to its page, its project count, then `children`. */
export function CategorySection({
  category,
  count,
  idPrefix,
  children,
}: {
  category: Category;
  count: number;
  idPrefix: string;
  children: ReactNode;
}) {
  const headingId = `${idPrefix}-${category.slug}`;
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="text-xl font-semibold">
        <SiteLink href={pagePaths.category(category.slug)}>{category.name}</SiteLink>{" "}
        <span className="text-base font-normal text-slate-600 dark:text-slate-400">({count})</span>
      </h2>
      {children}
    </section>
  );
}

/** `notes` adds one line to a project's card, such as its role on the chain of a chain page. */
export function CategoryGroups({
  groups,
  locale,
  notes,
}: {
  groups: SummaryGroup[];
  locale: Locale;
  notes?: ReadonlyMap<string, string>;
}) {
  return groups.map((group) => (
    <CategorySection
      key={group.category.slug}
      category={group.category}
      count={group.projects.length}
      idPrefix="group"
    >
      <div className="mt-4">
        <ProjectGrid
          projects={group.projects}
          locale={locale}
          cardFooter={
            notes &&
            ((project) => (
              <p className="text-xs font-medium text-slate-700 dark:text-slate-300">
                {notes.get(project.slug)}
              </p>
            ))
          }
        />
      </div>
    </CategorySection>
  ));
}
