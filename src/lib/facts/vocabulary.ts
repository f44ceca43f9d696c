// Look-ups from a taxonomy slug to its entry, for display names and descriptions.
import { chains } from "./chains";
import { projectStatuses, resources, workloads, type TaxonomyEntry } from "./taxonomy";

export const vocabularies = {
  chain: chains,
  resource: resources,
  workload: workloads,
  status: projectStatuses,
} as const;
export type VocabularyKind = keyof typeof vocabularies;

const indexes = Object.fromEntries(
  Object.entries(vocabularies).map(([kind, entries]) => [
    kind,
    new Map<string, TaxonomyEntry>(entries.map((entry: TaxonomyEntry) => [entry.slug, entry])),
  ]),
) as Record<VocabularyKind, Map<string, TaxonomyEntry>>;

export function entryOf(kind: VocabularyKind, slug: string): TaxonomyEntry {
  const entry = indexes[kind].get(slug);
  if (!entry) throw new Error(`Unknown ${kind} "${slug}": the schema should have rejected it`);
  return entry;
}

export const nameOf = (kind: VocabularyKind, slug: string) => entryOf(kind, slug).name;
