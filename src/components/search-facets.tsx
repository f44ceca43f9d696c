"use client";

import { memo, useState } from "react";
import { facetKeys, type FacetCounts, type FacetFilters, type FacetKey } from "@/lib/search/facets";
import { useMessages } from "@/components/use-messages";
import { format } from "@/lib/i18n/messages/client-en";
import type { ValueNames } from "@/lib/search/search-file";
import { compareText } from "@/lib/text/order";

type Props = {
  counts: FacetCounts;
  filters: FacetFilters;
  categoryNames: ReadonlyMap<string, string>;
  /** The edition's names of facet values and of the facets themselves, from the search file. */
  valueNames: ValueNames;
  facetNames: Record<FacetKey, string>;
  onToggle: (key: FacetKey, value: string) => void;
};

/** The display name of a facet value in the edition: a category's name, a vocabulary entry's, or a trust value's. */
export function facetValueName(
  facet: FacetKey,
  value: string,
  categoryNames: ReadonlyMap<string, string>,
  valueNames: ValueNames,
): string {
  if (facet === "category") return categoryNames.get(value) ?? value;
  return valueNames[facet][value] ?? value;
}

// Long facets show their most common values first and the rest on request.
const collapsedLength = 8;

function FacetGroup({
  facet,
  counts,
  filters,
  categoryNames,
  valueNames,
  facetNames,
  onToggle,
}: Props & { facet: FacetKey }) {
  const t = useMessages().search;
  const [isExpanded, setExpanded] = useState(false);
  const label = (value: string) => facetValueName(facet, value, categoryNames, valueNames);
  const selected = filters[facet];
  const values = [...new Set([...selected, ...counts[facet].keys()])]
    .map((value) => ({ value, label: label(value), count: counts[facet].get(value) ?? 0 }))
    .sort((a, b) => b.count - a.count || compareText(a.label, b.label));
  const shown = isExpanded ? values : values.slice(0, collapsedLength);
  if (values.length === 0) return null;
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-semibold">{facetNames[facet]}</legend>
      {shown.map(({ value, label: text, count }) => (
        <label key={value} className="flex items-baseline gap-2 text-sm">
          <input
            type="checkbox"
            className="accent-accent-600"
            checked={selected.includes(value)}
            onChange={() => onToggle(facet, value)}
          />
          <span>
            {text} <span className="text-slate-600 dark:text-slate-400">({count})</span>
          </span>
        </label>
      ))}
      {values.length > collapsedLength && (
        <button
          type="button"
          className="text-accent-700 dark:text-accent-300 self-start text-sm underline"
          aria-expanded={isExpanded}
          onClick={() => setExpanded(!isExpanded)}
        >
          {isExpanded ? t.showFewer : format(t.showAll, { count: values.length })}
        </button>
      )}
    </fieldset>
  );
}

/** One group of checkboxes per facet, each value with its count under the current query and other filters. */
// Memoised: while typing, the counts arrive in a deferred render and the keystroke's own render skips the facets.
export const SearchFacets = memo(function SearchFacets(props: Props) {
  return (
    <div className="flex flex-col gap-5">
      {facetKeys.map((facet) => (
        <FacetGroup key={facet} facet={facet} {...props} />
      ))}
    </div>
  );
});
