// Fuzzy matching of project names and aliases, for pickers and "did you mean" suggestions.
import Fuse from "fuse.js";

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
