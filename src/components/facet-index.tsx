import { SiteLink } from "@/components/site-link";
import type { TaxonomyEntry } from "@/lib/facts/taxonomy";
import { pagePaths } from "@/lib/site/paths";

type Props = {
  title: string;
  intro: string;
  section: "chains" | "resources";
  entries: readonly TaxonomyEntry[];
  counts: Map<string, number>;
};

/** The list page of a vocabulary (chains, resources): each entry with its description and project count. */
export function FacetIndex({ title, intro, section, entries, counts }: Props) {
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{intro}</p>
      <ul className="mt-6 divide-y divide-slate-200 dark:divide-slate-800">
        {entries.map((entry) => (
          <li key={entry.slug} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-baseline sm:gap-4">
            <SiteLink href={pagePaths.facetValue(section, entry.slug)} className="w-48 shrink-0 font-medium">
              {entry.name}
            </SiteLink>
            <span className="text-sm text-slate-600 sm:w-24 dark:text-slate-400">
              {counts.get(entry.slug) ?? 0} project{counts.get(entry.slug) === 1 ? "" : "s"}
            </span>
            <span className="text-sm text-slate-700 dark:text-slate-300">
              {entry.description}
              {entry.ownChainOf && " (the project's own chain)"}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
