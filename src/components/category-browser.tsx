"use client";

import { SiteLink } from "@/components/site-link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { ProjectGrid } from "@/components/project-grid";
import {
  applyBrowseView,
  browseViewQuery,
  parseBrowseView,
  sortOrders,
  type BrowseView,
  type ProjectSummary,
  type SortOrder,
} from "@/lib/browse/view";
import { UnknownFiltersNotice } from "@/components/unknown-filters-notice";
import { useMessages } from "@/components/use-messages";
import { format } from "@/lib/i18n/messages/client-en";
import { maxComparedProjects, pagePaths } from "@/lib/site/paths";

type Props = {
  projects: ProjectSummary[];
  /** Names in the reader's edition of every chain, resource and sort order the address may name (all are valid). */
  names: { chain: Record<string, string>; resource: Record<string, string>; sort: Record<string, string> };
  chainSlugs: string[];
  resourceSlugs: string[];
};

const selectClass =
  "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900";

/** Sorts and filters a category's projects, keeping the view in the query string so it can be shared. */
export function CategoryBrowser({ projects, names, chainSlugs, resourceSlugs }: Props) {
  const { category: text, locale } = useMessages();
  const router = useRouter();
  const pathname = usePathname();
  const { view, unknown } = parseBrowseView(new URLSearchParams(useSearchParams().toString()), {
    chain: Object.keys(names.chain),
    resource: Object.keys(names.resource),
  });
  const shown = applyBrowseView(projects, view);
  const update = (change: Partial<BrowseView>) =>
    router.replace(`${pathname}${browseViewQuery({ ...view, ...change })}`, { scroll: false });
  const applySuggestion = (key: "chain" | "resource" | "sort", value?: string) => {
    if (key === "sort") update({ sort: (value ?? "name") as SortOrder });
    else if (key === "chain") update({ chains: value ? [...view.chains, value] : view.chains });
    else update({ resources: value ? [...view.resources, value] : view.resources });
  };
  const single = (value: string) => (value ? [value] : []);
  const [selected, setSelected] = useState<string[]>([]);
  const toggle = (slug: string) =>
    setSelected((current) =>
      current.includes(slug) ? current.filter((item) => item !== slug) : [...current, slug],
    );
  const compareBox = (project: ProjectSummary) => (
    <label className="flex items-center gap-2 border-t border-slate-200 pt-2 text-sm dark:border-slate-800">
      <input
        type="checkbox"
        checked={selected.includes(project.slug)}
        disabled={!selected.includes(project.slug) && selected.length >= maxComparedProjects}
        onChange={() => toggle(project.slug)}
      />
      {text.selectBox}
    </label>
  );

  return (
    <div className="flex flex-col gap-4">
      <form className="flex flex-wrap items-end gap-4" aria-label={text.form}>
        <label className="flex flex-col gap-1 text-sm">
          {text.sortBy}
          <select
            className={selectClass}
            value={view.sort}
            onChange={(event) => update({ sort: event.target.value as SortOrder })}
          >
            {Object.keys(sortOrders).map((value) => (
              <option key={value} value={value}>
                {names.sort[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {text.chain}
          <select
            className={selectClass}
            value={view.chains[0] ?? ""}
            onChange={(event) => update({ chains: single(event.target.value) })}
          >
            <option value="">{text.allChains}</option>
            {chainSlugs.map((slug) => (
              <option key={slug} value={slug}>
                {names.chain[slug] ?? slug}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {text.resource}
          <select
            className={selectClass}
            value={view.resources[0] ?? ""}
            onChange={(event) => update({ resources: single(event.target.value) })}
          >
            <option value="">{text.allResources}</option>
            {resourceSlugs.map((slug) => (
              <option key={slug} value={slug}>
                {names.resource[slug] ?? slug}
              </option>
            ))}
          </select>
        </label>
      </form>
      <UnknownFiltersNotice
        unknown={unknown}
        nameOf={(key, slug) => names[key][slug] ?? slug}
        onReplace={(filter, replacement) => applySuggestion(filter.key, replacement)}
      />
      <div className="flex flex-wrap items-center gap-4">
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {format(text.showing, { shown: shown.length, total: projects.length })}
        </p>
        {selected.length >= 2 ? (
          <SiteLink href={pagePaths.compare(selected)} className="text-sm font-medium">
            {format(text.compareSelected, { count: selected.length })}
          </SiteLink>
        ) : (
          <span className="text-sm text-slate-600 dark:text-slate-400">
            {format(text.selectToCompare, { max: maxComparedProjects })}
          </span>
        )}
      </div>
      {shown.length === 0 ? (
        <p>
          {text.noMatch}{" "}
          <button
            type="button"
            className="text-accent-700 dark:text-accent-300 underline"
            onClick={() => update({ chains: [], resources: [] })}
          >
            {text.clearFilters}
          </button>
        </p>
      ) : (
        <ProjectGrid projects={shown} locale={locale} cardFooter={compareBox} />
      )}
    </div>
  );
}
