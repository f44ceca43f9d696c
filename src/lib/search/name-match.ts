// Fuzzy matching of project names and aliases, for pickers and "did you mean" suggestions.
import Fuse from "fuse.js";
import { editDistance } from "../text/suggest";

export type NamedRecord = { readonly name: string; readonly aliases?: readonly string[] };

const nameMatchers = new WeakMap<readonly NamedRecord[], Fuse<NamedRecord>>();

function nameMatcher(records: readonly NamedRecord[]): Fuse<NamedRecord> {
  let matcher = nameMatchers.get(records);
  if (!matcher) {
    matcher = new Fuse<NamedRecord>(records, {
      keys: [
        { name: "name", weight: 2 },
        { name: "aliases", weight: 1 },
      ],
      threshold: 0.4,
      ignoreLocation: true,
      ignoreDiacritics: true,
    });
    nameMatchers.set(records, matcher);
  }
  return matcher;
}

/**
 * The records whose name or alias best matches `query`, closest first ("akash netwrk" finds Akash Network).
 * An empty query matches nothing. Pass the same array on every call: its matcher is built once and reused.
 */
export function matchProjectNames<T extends NamedRecord>(
  records: readonly T[],
  query: string,
  limit = 8,
): T[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  return nameMatcher(records)
    .search(trimmed, { limit })
    .flatMap((result) => records[result.refIndex] ?? []);
}

/** Up to `limit` project names to suggest when nothing matches: fuzzy matches first, then the fewest edits away. */
export function closestNames(records: readonly NamedRecord[], query: string, limit = 3): string[] {
  const names = new Set(matchProjectNames(records, query, limit).map((record) => record.name));
  const needle = query.trim().toLowerCase();
  if (names.size < limit && needle) {
    const nearest = records
      .map((record) => ({ name: record.name, distance: editDistance(needle, record.name.toLowerCase()) }))
      .sort((a, b) => a.distance - b.distance);
    for (const { name } of nearest) {
      if (names.size >= limit) break;
      names.add(name);
    }
  }
  return [...names];
}
