// The /changes/ list: fact changes as rows a reader filters by category, chain and kind of fact, newest first,
// with the filters in the address (`?category=zkml&chain=solana&kind=status`).
import type { Project } from "../content/schema";
import { keepKnown, listParam, readableQuery, type UnknownFilter } from "../site/address-values";
import type { HistoryEntry } from "./git-history";
import { changeKindOf, changeKinds, type ChangeKind } from "./scopes";

export type ChangeRow = {
  id: string;
  date: string;
  commit: string;
  slug: string;
  name: string;
  /** Where the project is today; a price file of a centralized cloud has none. */
  category?: string;
  chains: string[];
  changes: { kind: ChangeKind; text: string }[];
};

export function changeRows(
  entries: readonly HistoryEntry[],
  projects: readonly Pick<Project, "slug" | "name" | "category" | "chains">[],
): ChangeRow[] {
  const bySlug = new Map(projects.map((project) => [project.slug, project]));
  return entries.map((entry) => {
    const project = bySlug.get(entry.slug);
    return {
      id: `${entry.commit}-${entry.file}`,
      date: entry.date,
      commit: entry.commit,
      slug: entry.slug,
      name: project?.name ?? entry.slug,
      ...(project ? { category: project.category } : {}),
      chains: project ? [...project.chains] : [],
      changes: entry.changes.map((change) => ({ kind: changeKindOf(change), text: change.text })),
    };
  });
}

export type ChangesView = { category: string[]; chain: string[]; kind: string[] };
export type ChangesParameter = keyof ChangesView;

export function parseChangesView(
  params: URLSearchParams,
  known: { categories: readonly string[]; chains: readonly string[] },
) {
  const unknown: UnknownFilter<ChangesParameter>[] = [];
  const view: ChangesView = {
    category: keepKnown("category", listParam(params, "category"), known.categories, unknown),
    chain: keepKnown("chain", listParam(params, "chain"), known.chains, unknown),
    kind: keepKnown(
      "kind",
      listParam(params, "kind"),
      changeKinds.map((kind) => kind.slug),
      unknown,
    ),
  };
  return { view, unknown };
}

export const changesViewQuery = (view: ChangesView) =>
  readableQuery([
    ["category", view.category],
    ["chain", view.chain],
    ["kind", view.kind],
  ]);

/** Rows of the chosen categories and chains; with kinds chosen, each row keeps only those changes (or goes). */
export function applyChangesView(rows: readonly ChangeRow[], view: ChangesView): ChangeRow[] {
  return rows.flatMap((row) => {
    if (view.category.length > 0 && !view.category.includes(row.category ?? "")) return [];
    if (view.chain.length > 0 && !row.chains.some((chain) => view.chain.includes(chain))) return [];
    const changes =
      view.kind.length > 0 ? row.changes.filter((change) => view.kind.includes(change.kind)) : row.changes;
    return changes.length > 0 ? [{ ...row, changes }] : [];
  });
}
