// A category page's view in the address: `?chain=solana&resource=gpu&sort=activity`, read, checked and applied.
import type { Project } from "../content/schema";
import { chains } from "../facts/chains";
import { resources } from "../facts/taxonomy";
import { keepKnown, listParam, readableQuery, type UnknownFilter } from "../site/address-values";
import type { Locale } from "../i18n/locales";
import { sortOrders, type SortOrder } from "./sort-orders";
import { termName } from "../i18n/vocabulary";
import { monthYear } from "../text/dates";
import { compareText } from "../text/order";

/** What a project card shows and a category page sorts and filters by, its words in the reader's edition. */
export type ProjectSummary = Pick<
  Project,
  "slug" | "name" | "tagline" | "chains" | "resources" | "launched" | "lastReviewed" | "status"
> & {
  lastSeen: string;
  lastSeenText: string;
  chainNames: string[];
  resourceNames: string[];
  statusName: string;
};

/** `tagline` is the edition's tagline of the project (its translation, where there is one). */
export const summarise = (
  project: Project,
  locale: Locale = "en",
  tagline = project.tagline,
): ProjectSummary => ({
  slug: project.slug,
  name: project.name,
  tagline,
  chains: project.chains,
  resources: project.resources,
  ...(project.launched === undefined ? {} : { launched: project.launched }),
  lastReviewed: project.lastReviewed,
  status: project.status,
  lastSeen: project.activity.date,
  lastSeenText: monthYear(project.activity.date, locale),
  chainNames: project.chains.map((chain) => termName(locale, "chains", chain)),
  resourceNames: project.resources.map((resource) => termName(locale, "resources", resource)),
  statusName: termName(locale, "statuses", project.status),
});

export { sortOrders, type SortOrder };
export type BrowseView = { chains: string[]; resources: string[]; sort: SortOrder };
export type BrowseParameter = "chain" | "resource" | "sort";

const known: Record<BrowseParameter, readonly string[]> = {
  chain: chains.map((chain) => chain.slug),
  resource: resources.map((resource) => resource.slug),
  sort: Object.keys(sortOrders),
};

/**
 * Reads `?chain=solana,arbitrum&resource=gpu&sort=launched`. Values the directory does not know are left out of
 * the view and returned as `unknown`, each with the nearest real value, for the page to report.
 */
export function parseBrowseView(params: URLSearchParams): {
  view: BrowseView;
  unknown: UnknownFilter<BrowseParameter>[];
} {
  const unknown: UnknownFilter<BrowseParameter>[] = [];
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
