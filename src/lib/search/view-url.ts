// The search view in the address bar: `/search/?q=gpu&chain=solana,arbitrum&resource=gpu&category=zkml`.
import { chains } from "../facts/chains";
import { resources, workloads } from "../facts/taxonomy";
import { keepKnown, listParam, readableQuery, type UnknownFilter } from "../site/address-values";
import { trustAxes, trustAxisSlugs } from "../facts/trust-axes";
import { facetKeys, noFilters, type FacetFilters, type FacetKey } from "./facets";

export type SearchView = { query: string; filters: FacetFilters };

/** Longer queries are cut here: no real search needs more, and the address stays a sane size. */
export const maxQueryLength = 200;

export const emptyView: SearchView = { query: "", filters: noFilters };

// The order parameters are written in, so one view always has one address.
const parameterOrder: FacetKey[] = ["chain", "resource", "workload", "category", ...trustAxisSlugs];

/** Reads a view from query parameters as written; repeated values are kept once. Check it with `checkFilters`. */
export function parseSearchView(params: URLSearchParams): SearchView {
  return {
    query: (params.get("q") ?? "").slice(0, maxQueryLength),
    filters: Object.fromEntries(
      facetKeys.map((key) => [key, listParam(params, key)]),
    ) as unknown as FacetFilters,
  };
}

export type { UnknownFilter };

const vocabularySlugs = {
  chain: chains.map((entry) => entry.slug),
  resource: resources.map((entry) => entry.slug),
  workload: workloads.map((entry) => entry.slug),
  ...Object.fromEntries(
    trustAxes.map((axis) => [axis.slug, [...axis.values.map((value) => value.slug), "unknown"]]),
  ),
} as Record<Exclude<FacetKey, "category">, string[]>;

/**
 * Splits the filters of an address into those that exist and those that do not (a mistyped or outdated link),
 * each unknown one with the nearest real value, so the page can say what it left out instead of showing nothing.
 */
export function checkFilters(
  filters: FacetFilters,
  categorySlugs: readonly string[],
): { filters: FacetFilters; unknown: UnknownFilter<FacetKey>[] } {
  const known: Record<FacetKey, readonly string[]> = { ...vocabularySlugs, category: categorySlugs };
  const unknown: UnknownFilter<FacetKey>[] = [];
  const checked = Object.fromEntries(
    facetKeys.map((key) => [key, keepKnown(key, filters[key], known[key], unknown)]),
  ) as unknown as FacetFilters;
  return { filters: checked, unknown };
}

/** The query string for a view ("" for the empty view), commas left readable. */
export function searchViewQuery({ query, filters }: SearchView): string {
  return readableQuery([
    ["q", query.trim() ? [query.trim()] : []],
    ...parameterOrder.map((key) => [key, filters[key]] as const),
  ]);
}

/** The view with one facet value ticked or unticked. */
export function toggleFilter(view: SearchView, key: FacetKey, value: string): SearchView {
  const current = view.filters[key];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return { ...view, filters: { ...view.filters, [key]: next } };
}

/** The view with one filter value swapped for another (a suggestion), or removed when there is none. */
export function replaceFilter(
  view: SearchView,
  { key, value }: UnknownFilter<FacetKey>,
  replacement?: string,
): SearchView {
  const rest = view.filters[key].filter((item) => item !== value && item !== replacement);
  return { ...view, filters: { ...view.filters, [key]: replacement ? [...rest, replacement] : rest } };
}
