"use client";

import { SiteLink } from "@/components/site-link";
import { useState } from "react";
import { FilterForm, FilterSelect } from "@/components/filter-select";
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
import { useAddressQuery, useHydrated } from "@/components/use-address-query";
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

/** Sorts and filters a category's projects, keeping the view in the query string so it can be shared. */
export function CategoryBrowser({ projects, names, chainSlugs, resourceSlugs }: Props) {
  const { category: text, locale } = useMessages();
  const [query, replaceQuery] = useAddressQuery();
  // Without JavaScript the compare boxes could do nothing: they keep their place, unseen, until it runs.
  const untilHydrated = useHydrated() ? "" : "invisible";
  const { view, unknown } = parseBrowseView(new URLSearchParams(query), {
    chain: Object.keys(names.chain),
    resource: Object.keys(names.resource),
  });
  const shown = applyBrowseView(projects, view);
  const update = (change: Partial<BrowseView>) => replaceQuery(browseViewQuery({ ...view, ...change }));
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
    <label
      className={`flex items-center gap-2 border-t border-slate-200 pt-2 text-sm dark:border-slate-800 ${untilHydrated}`}
    >
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
      <FilterForm label={text.form}>
        <FilterSelect
          label={text.sortBy}
          value={view.sort}
          options={Object.keys(sortOrders).map((value) => ({ value, name: names.sort[value] ?? value }))}
          onChange={(value) => update({ sort: value as SortOrder })}
        />
        <FilterSelect
          label={text.chain}
          value={view.chains[0] ?? ""}
          anyLabel={text.allChains}
          options={chainSlugs.map((value) => ({ value, name: names.chain[value] ?? value }))}
          onChange={(value) => update({ chains: single(value) })}
        />
        <FilterSelect
          label={text.resource}
          value={view.resources[0] ?? ""}
          anyLabel={text.allResources}
          options={resourceSlugs.map((value) => ({ value, name: names.resource[value] ?? value }))}
          onChange={(value) => update({ resources: single(value) })}
        />
      </FilterForm>
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
          <span className={`text-sm text-slate-600 dark:text-slate-400 ${untilHydrated}`}>
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
