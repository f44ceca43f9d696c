// Counts for the stats page: chain × category matrix, projects per resource and per launch year.
import type { Category, Project } from "../content/schema";
import type { TaxonomyEntry } from "../facts/taxonomy";
import { compareText } from "../text/order";
import { pagePaths } from "../site/paths";

export type MatrixRow = { chain: TaxonomyEntry; counts: number[]; total: number };

/** One row per chain that has projects, one count per category (in the given order). */
export function chainCategoryMatrix(
  projects: readonly Project[],
  chains: readonly TaxonomyEntry[],
  categories: readonly Category[],
): MatrixRow[] {
  return chains
    .map((chain) => {
      const onChain = projects.filter((project) =>
        (project.chains as readonly string[]).includes(chain.slug),
      );
      const counts = categories.map(
        (category) => onChain.filter((project) => project.category === category.slug).length,
      );
      return { chain, counts, total: onChain.length };
    })
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || compareText(a.chain.name, b.chain.name));
}

export type Bar = { key: string; label: string; count: number; href?: string };

export function countsByResource(projects: readonly Project[], resources: readonly TaxonomyEntry[]): Bar[] {
  return resources
    .map((resource) => ({
      key: resource.slug,
      label: resource.name,
      count: projects.filter((project) => (project.resources as readonly string[]).includes(resource.slug))
        .length,
      href: pagePaths.resource(resource.slug),
    }))
    .filter((bar) => bar.count > 0)
    .sort((a, b) => b.count - a.count || compareText(a.label, b.label));
}

/** Every year from the first launch to the last, so gaps show as zero; projects without a year are counted apart. */
export function countsByLaunchYear(projects: readonly Project[]): { bars: Bar[]; unknown: number } {
  const years = projects.flatMap((project) => (project.launched ? [project.launched] : []));
  if (years.length === 0) return { bars: [], unknown: projects.length };
  const bars: Bar[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    bars.push({
      key: String(year),
      label: String(year),
      count: years.filter((launched) => launched === year).length,
    });
  }
  return { bars, unknown: projects.length - years.length };
}
