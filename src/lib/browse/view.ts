// A category page's view in the address: `?chain=solana&resource=gpu&sort=activity`, read, checked and applied.
import { keepKnown, listParam, readableQuery, type UnknownFilter } from "../site/address-values";
import { sortOrders, type SortOrder } from "./sort-orders";
import type { ProjectSummary } from "./summary";
import { compareText } from "../text/order";

export { sortOrders, type SortOrder, type ProjectSummary };
export type BrowseView = { chains: string[]; resources: string[]; sort: SortOrder };
export type BrowseParameter = "chain" | "resource" | "sort";

/**
 * Reads `?chain=solana,arbitrum&resource=gpu&sort=launched`. Values the directory does not know are left out of
 * the view and returned as `unknown`, each with the nearest real value, for the page to report.
 */
export function parseBrowseView(
  params: URLSearchParams,
  knownValues: { chain: readonly string[]; resource: readonly string[] },
): {
  view: BrowseView;
  unknown: UnknownFilter<BrowseParameter>[];
} {
  const unknown: UnknownFilter<BrowseParameter>[] = [];
  const known = { ...knownValues, sort: Object.keys(sortOrders) };
  const read = (key: BrowseParameter) => keepKnown(key, listParam(params, key), known[key], unknown);
  const [sort] = read("sort") as SortOrder[];
  return { view: { chains: read("chain"), resources: read("resource"), sort: sort ?? "name" }, unknown };
}

export const browseViewQuery = (view: BrowseView) =>
  readableQuery([
    ["chain", view.chains],
    ["resource", view.resources],
    ["sort", view.sort === "name" ? [] : [view.sort]],
  ]);

/** Several values of one filter match any of them; chain and resource filters must both match. */
export function applyBrowseView<T extends ProjectSummary>(projects: readonly T[], view: BrowseView): T[] {
  const matchesAny = (values: readonly string[], wanted: string[]) =>
    wanted.length === 0 || wanted.some((value) => values.includes(value));
  const byName = (a: T, b: T) => compareText(a.name, b.name);
  const comparators: Record<SortOrder, (a: T, b: T) => number> = {
    name: byName,
    activity: (a, b) => compareText(b.lastSeen, a.lastSeen) || byName(a, b),
    launched: (a, b) => (b.launched ?? 0) - (a.launched ?? 0) || byName(a, b),
    reviewed: (a, b) => compareText(b.lastReviewed, a.lastReviewed) || byName(a, b),
  };
  return projects
    .filter(
      (project) => matchesAny(project.chains, view.chains) && matchesAny(project.resources, view.resources),
    )
    .sort(comparators[view.sort]);
}
