// A category page's view in the address: `?chain=solana&resource=gpu&sort=activity`, read, checked and applied.
import type { Project } from "../content/schema";
import { chains } from "../facts/chains";
import { resources } from "../facts/taxonomy";
import { keepKnown, listParam, readableQuery, type UnknownFilter } from "../site/address-values";
import { compareText } from "../text/order";

/** What a project card shows and a category page sorts and filters by. */
export type ProjectSummary = Pick<
  Project,
  "slug" | "name" | "tagline" | "chains" | "resources" | "launched" | "lastReviewed" | "status"
> & { lastSeen: string };

export const summarise = (project: Project): ProjectSummary => ({
  slug: project.slug,
  name: project.name,
  tagline: project.tagline,
  chains: project.chains,
  resources: project.resources,
  ...(project.launched === undefined ? {} : { launched: project.launched }),
  lastReviewed: project.lastReviewed,
  status: project.status,
  lastSeen: project.activity.date,
});

export const sortOrders = {
  name: "Name",
  activity: "Last seen (newest first)",
  launched: "Launch year (newest first)",
  reviewed: "Last reviewed (newest first)",
} as const;
export type SortOrder = keyof typeof sortOrders;
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
