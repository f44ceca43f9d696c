// The search view in the address bar: `/search/?q=gpu&chain=solana,arbitrum&resource=gpu&category=zkml`.
import type { FacetFilters, FacetKey } from "./facets";
import { categorySlugs, chains, resources, workloads } from "../facts/taxonomy";

export type SearchView = { query: string; filters: FacetFilters };

export const emptyView: SearchView = {
  query: "",
  filters: { category: [], chain: [], resource: [], workload: [] },
};

const knownValues: Record<FacetKey, ReadonlySet<string>> = {
  category: new Set(categorySlugs),
  chain: new Set(chains.map((entry) => entry.slug)),
  resource: new Set(resources.map((entry) => entry.slug)),
  workload: new Set(workloads.map((entry) => entry.slug)),
};

// The order parameters are written in, so one view always has one address.
const parameterOrder: FacetKey[] = ["chain", "resource", "workload", "category"];

/** Reads a view from query parameters; unknown or repeated facet values (a mistyped link) are left out. */
export function parseSearchView(params: URLSearchParams): SearchView {
  const values = (key: FacetKey) => [
    ...new Set(
      params
        .getAll(key)
        .flatMap((value) => value.split(","))
        .filter((value) => knownValues[key].has(value)),
    ),
  ];
  return {
    query: params.get("q") ?? "",
    filters: {
      category: values("category"),
      chain: values("chain"),
      resource: values("resource"),
      workload: values("workload"),
    },
  };
}

/** The query string for a view ("" for the empty view), commas left readable. */
export function searchViewQuery({ query, filters }: SearchView): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set("q", query.trim());
  for (const key of parameterOrder) if (filters[key].length > 0) params.set(key, filters[key].join(","));
  const text = params.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : "";
}

/** The view with one facet value ticked or unticked. */
export function toggleFilter(view: SearchView, key: FacetKey, value: string): SearchView {
  const current = view.filters[key];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return { ...view, filters: { ...view.filters, [key]: next } };
}
