// Groupings of projects for browse pages: by category, chain and resource.
import type { Category, Project } from "../content/schema";
import { compareText } from "../text/order";

export type CategoryGroup = { category: Category; projects: Project[] };

/** Categories in display order, each with its projects by name; empty categories are kept. */
export function projectsByCategory(
  projects: readonly Project[],
  categories: readonly Category[],
): CategoryGroup[] {
  return categories.map((category) => ({
    category,
    projects: projects
      .filter((project) => project.category === category.slug)
      .sort((a, b) => compareText(a.name, b.name)),
  }));
}

export type FacetKind = "chain" | "resource";

const facetField = { chain: "chains", resource: "resources" } as const satisfies Record<
  FacetKind,
  keyof Project
>;

export function hasFacetValue(project: Project, kind: FacetKind, slug: string): boolean {
  return (project[facetField[kind]] as readonly string[]).includes(slug);
}

/** Projects carrying one chain or resource, grouped by category; categories without a match are left out. */
export function facetGroups(
  projects: readonly Project[],
  categories: readonly Category[],
  kind: FacetKind,
  slug: string,
): CategoryGroup[] {
  const matching = projects.filter((project) => hasFacetValue(project, kind, slug));
  return projectsByCategory(matching, categories).filter((group) => group.projects.length > 0);
}

/** How many projects carry each value of a vocabulary. */
export function countByFacet(
  projects: readonly Project[],
  kind: FacetKind,
  slugs: readonly string[],
): Map<string, number> {
  return new Map(
    slugs.map((slug) => [slug, projects.filter((project) => hasFacetValue(project, kind, slug)).length]),
  );
}

/** Projects sharing the category or a chain, most overlap first. */
export function relatedProjects(project: Project, projects: readonly Project[], limit = 6): Project[] {
  const score = (other: Project) =>
    (other.category === project.category ? 2 : 0) +
    other.chains.filter((chain) => project.chains.includes(chain)).length;
  return projects
    .filter((other) => other.slug !== project.slug && score(other) > 0)
    .sort((a, b) => score(b) - score(a) || compareText(a.name, b.name))
    .slice(0, limit);
}
