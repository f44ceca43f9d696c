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

export type ProjectSummary = Pick<
  Project,
  "slug" | "name" | "tagline" | "chains" | "resources" | "launched" | "lastReviewed" | "status"
>;

export const summarise = ({
  slug,
  name,
  tagline,
  chains,
  resources,
  launched,
  lastReviewed,
  status,
}: Project): ProjectSummary => ({
  slug,
  name,
  tagline,
  chains,
  resources,
  launched,
  lastReviewed,
  status,
});

export const sortOrders = {
  name: "Name",
  launched: "Launch year (newest first)",
  reviewed: "Last reviewed (newest first)",
} as const;
export type SortOrder = keyof typeof sortOrders;
export type BrowseView = { chains: string[]; resources: string[]; sort: SortOrder };

const listParam = (value: string | null) => (value ? value.split(",").filter(Boolean) : []);

/** Reads `?chain=solana,arbitrum&resource=gpu&sort=launched`; unknown sort orders fall back to name. */
export function parseBrowseView(params: URLSearchParams): BrowseView {
  const sort = params.get("sort");
  return {
    chains: listParam(params.get("chain")),
    resources: listParam(params.get("resource")),
    sort: sort && sort in sortOrders ? (sort as SortOrder) : "name",
  };
}

export function browseViewQuery(view: BrowseView): string {
  const params = new URLSearchParams();
  if (view.chains.length > 0) params.set("chain", view.chains.join(","));
  if (view.resources.length > 0) params.set("resource", view.resources.join(","));
  if (view.sort !== "name") params.set("sort", view.sort);
  const query = params.toString().replaceAll("%2C", ",");
  return query ? `?${query}` : "";
}

/** Several values of one filter match any of them; chain and resource filters must both match. */
export function applyBrowseView<T extends ProjectSummary>(projects: readonly T[], view: BrowseView): T[] {
  const matchesAny = (values: readonly string[], wanted: string[]) =>
    wanted.length === 0 || wanted.some((value) => values.includes(value));
  const byName = (a: T, b: T) => compareText(a.name, b.name);
  const comparators: Record<SortOrder, (a: T, b: T) => number> = {
    name: byName,
    launched: (a, b) => (b.launched ?? 0) - (a.launched ?? 0) || byName(a, b),
    reviewed: (a, b) => compareText(b.lastReviewed, a.lastReviewed) || byName(a, b),
  };
  return projects
    .filter(
      (project) => matchesAny(project.chains, view.chains) && matchesAny(project.resources, view.resources),
    )
    .sort(comparators[view.sort]);
}
