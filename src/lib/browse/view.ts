// A category page's view in the address: `?chain=solana&resource=gpu&sort=activity`, read, checked and applied.
import type { Project } from "../content/schema";
import { chains } from "../facts/chains";
import { resources } from "../facts/taxonomy";
import type { UnknownFilter } from "../search/view-url";
import { compareText } from "../text/order";
import { closestMatch } from "../text/suggest";

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

const listParam = (value: string | null) =>
  value
    ? value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean)
    : [];

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
  const keep = (key: BrowseParameter) => (value: string) => {
    if (known[key].includes(value)) return true;
    const suggestion = closestMatch(value, known[key]);
    unknown.push({ key, value, ...(suggestion ? { suggestion } : {}) });
    return false;
  };
  const sort = listParam(params.get("sort")).filter(keep("sort"))[0] as SortOrder | undefined;
  return {
    view: {
      chains: listParam(params.get("chain")).filter(keep("chain")),
      resources: listParam(params.get("resource")).filter(keep("resource")),
      sort: sort ?? "name",
    },
    unknown,
  };
}

export function browseViewQuery(view: BrowseView): string {
  const params = new URLSearchParams();
  if (view.chains.length > 0) params.set("chain", view.chains.join(","));
  if (view.resources.length > 0) params.set("resource", view.resources.join(","));
  if (view.sort !== "name") params.set("sort", view.sort);
  const query = params.toString().replaceAll("%2C", ",");
  return query ? `?${query}` : "";
}

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
