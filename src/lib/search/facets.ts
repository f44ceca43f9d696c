// Facet filters for search: values of one facet are ORed, facets are ANDed; counts follow the current query.
import { trustAxisSlugs, type TrustAxisSlug } from "../facts/trust-axes";
import type { SearchRecord } from "./search-file";

export const facetKeys = ["category", "chain", "resource", "workload", ...trustAxisSlugs] as const;
export type FacetKey = (typeof facetKeys)[number];
export type FacetFilters = Record<FacetKey, readonly string[]>;
export type FacetCounts = Record<FacetKey, Map<string, number>>;

export const noFilters = Object.fromEntries(facetKeys.map((key) => [key, []])) as unknown as FacetFilters;

const isTrustAxis = (key: FacetKey): key is TrustAxisSlug =>
  (trustAxisSlugs as readonly string[]).includes(key);

export const hasFilters = (filters: FacetFilters) => facetKeys.some((key) => filters[key].length > 0);

function facetValues(record: SearchRecord, key: FacetKey): readonly string[] {
  switch (key) {
    case "category":
      return [record.category];
    case "chain":
      return record.chains;
    case "resource":
      return record.resources;
    case "workload":
      return record.workloads;
    default: {
      const value = isTrustAxis(key) ? record.trust?.[key] : undefined;
      return value ? [value] : [];
    }
  }
}

/** Each facet's values numbered once, and each record's values as those numbers: filtering then needs no strings. */
export type FacetTable = Record<FacetKey, { values: string[]; ofRecord: number[][] }>;

export function facetTable(records: readonly SearchRecord[]): FacetTable {
  const column = (key: FacetKey) => {
    const ids = new Map<string, number>();
    const ofRecord = records.map((record) =>
      facetValues(record, key).map((value) => {
        let id = ids.get(value);
        if (id === undefined) ids.set(value, (id = ids.size));
        return id;
      }),
    );
    return { values: [...ids.keys()], ofRecord };
  };
  return Object.fromEntries(facetKeys.map((key) => [key, column(key)])) as FacetTable;
}

/** Per record, one bit for each facet whose ticked values it has none of (0: it passes every filter). */
export function facetFailures(table: FacetTable, filters: FacetFilters): Uint16Array {
  const failures = new Uint16Array(table.category.ofRecord.length);
  facetKeys.forEach((key, bit) => {
    if (filters[key].length === 0) return;
    const { values, ofRecord } = table[key];
    const wanted = new Uint8Array(values.length);
    for (const value of filters[key]) {
      const id = values.indexOf(value);
      if (id >= 0) wanted[id] = 1;
    }
    ofRecord.forEach((ids, record) => {
      if (!ids.some((id) => wanted[id])) failures[record]! |= 1 << bit;
    });
  });
  return failures;
}

/** At most one facet failed: the record still counts towards that facet's values. */
export const failsAtMostOne = (failed: number) => (failed & (failed - 1)) === 0;

/**
 * Counts per facet value among the records matching the query (`isMatch`), each facet counted under the
 * other facets' filters but not its own, so a count says how many results ticking that value would give.
 */
export function facetCounts(table: FacetTable, failures: Uint16Array, isMatch: Uint8Array): FacetCounts {
  const counts = {} as FacetCounts;
  facetKeys.forEach((key, bit) => {
    const { values, ofRecord } = table[key];
    const tally = new Uint32Array(values.length);
    ofRecord.forEach((ids, record) => {
      const failed = failures[record] ?? 0;
      if (!isMatch[record] || (failed !== 0 && failed !== 1 << bit)) return;
      for (const id of ids) tally[id]!++;
    });
    counts[key] = new Map(values.flatMap((value, id) => (tally[id] ? [[value, tally[id]]] : [])));
  });
  return counts;
}
