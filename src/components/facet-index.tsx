import { SiteLink } from "@/components/site-link";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { pagePaths } from "@/lib/site/paths";

type Entry = { slug: string; name: string; description: string; isOwnChain: boolean };
type Props = {
  title: string;
  intro: string;
  section: "chains" | "resources";
  entries: readonly Entry[];
  counts: Map<string, number>;
  locale: Locale;
};

/** The list page of a vocabulary (chains, resources): each entry with its description and project count. */
export function FacetIndex({ title, intro, section, entries, counts, locale }: Props) {
  const m = messages(locale);
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
              {m.counts.projects(counts.get(entry.slug) ?? 0)}
            </span>
            <span className="text-sm text-slate-700 dark:text-slate-300">
              {entry.description}
              {entry.isOwnChain && m.facets.ownChain}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
