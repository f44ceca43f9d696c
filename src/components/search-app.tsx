"use client";

import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { SearchEmpty } from "@/components/search-empty";
import { SearchFacets } from "@/components/search-facets";
import { focusFirstResult, SearchResults } from "@/components/search-results";
import { SiteLink } from "@/components/site-link";
import { useSearchView } from "@/components/use-search-view";
import { closestNames } from "@/lib/search/name-match";
import { hasFilters, noFilters, type FacetKey } from "@/lib/search/facets";
import { comparisonOffer } from "@/lib/search/comparison-offer";
import { runSearch, type SearchIndex, type SearchOutcome } from "@/lib/search/engine";
import { loadSearchIndex } from "@/lib/search/loader";
import { checkFilters, replaceFilter, toggleFilter, type SearchView } from "@/lib/search/view-url";
import { UnknownFiltersNotice } from "@/components/unknown-filters-notice";
import { SearchComparisonOffer } from "@/components/search-comparison-offer";
import { facetValueName } from "@/components/search-facets";
import { maxComparedProjects, pagePaths } from "@/lib/site/paths";

const pageSize = 30;
// Drawn in the keystroke's own frame (a phone screen's worth); the rest of the results and the facet counts
// follow in a deferred render, so typing stays at one frame per letter.
const firstRows = 6;

function resultSummary({ hits, isPartial, unmatched }: SearchOutcome, query: string): string {
  const count = hits.length;
  const projects = count === 1 ? "1 project" : `${count} projects`;
  if (!query.trim()) return projects;
  if (!isPartial) return `${projects} ${count === 1 ? "matches" : "match"} “${query.trim()}”`;
  const missing =
    unmatched.length > 0 ? ` (none mentions ${unmatched.map((word) => `“${word}”`).join(" or ")})` : "";
  const closest = count === 1 ? "closest one" : `${count} closest`;
  return `No project matches all words of “${query.trim()}”${missing}; showing the ${closest}.`;
}

/** Fuzzy, faceted search whose whole view lives in the address, so reload, back and a shared link restore it. */
export function SearchApp() {
  const { view, update, flushUrl } = useSearchView();
  const [index, setIndex] = useState<SearchIndex>();
  const [loadError, setLoadError] = useState<string>();
  const [limit, setLimit] = useState(pageSize);
  const [selected, setSelected] = useState<string[]>([]);
  const [showFilters, setShowFilters] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    inputRef.current?.focus({ preventScroll: true });
    // A transition lets React draw the first results in slices, so a slow phone still answers keys meanwhile.
    loadSearchIndex().then(
      (loaded) => startTransition(() => setIndex(loaded)),
      (error: Error) => setLoadError(error.message),
    );
  }, []);

  const checked = useMemo(
    () =>
      index &&
      checkFilters(
        view.filters,
        index.categories.map((category) => category.slug),
      ),
    [index, view.filters],
  );
  const outcome = useMemo(
    () => index && checked && runSearch(index, view.query, checked.filters),
    [index, checked, view.query],
  );
  const offer = useMemo(() => index && comparisonOffer(view.query, index.records), [index, view.query]);
  const categoryNames = useMemo(
    () => new Map(index?.categories.map((category) => [category.slug, category.name])),
    [index],
  );

  const change = useCallback(
    (next: (current: SearchView) => SearchView, fromTyping: boolean) => {
      update(next, fromTyping);
      setLimit(pageSize);
    },
    [update],
  );
  const toggleFacet = useCallback(
    (key: FacetKey, value: string) => change((current) => toggleFilter(current, key, value), false),
    [change],
  );
  const clearFilters = () => change((current) => ({ ...current, filters: noFilters }), false);
  const toggleSelected = useCallback(
    (slug: string) =>
      setSelected((current) =>
        current.includes(slug) ? current.filter((item) => item !== slug) : [...current, slug],
      ),
    [],
  );
  const settledOutcome = useDeferredValue(outcome);
  const shownRows = settledOutcome === outcome ? limit : Math.min(limit, firstRows);
  // Finding the closest names compares the query with every name: it follows in the deferred render, and a
  // keystroke's own render shows the previous suggestions meanwhile.
  const settledQuery = useDeferredValue(view.query);
  const suggestions = useMemo(
    () =>
      index && settledOutcome?.hits.length === 0 && settledQuery.trim()
        ? closestNames(index.records, settledQuery)
        : [],
    [index, settledOutcome, settledQuery],
  );
  const isFiltered = hasFilters(view.filters);

  return (
    <div className="flex flex-col gap-6">
      <form role="search" action="" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-input" className="sr-only">
          Search projects
        </label>
        <input
          id="search-input"
          ref={inputRef}
          type="search"
          name="q"
          data-search-input=""
          autoComplete="off"
          placeholder="Search by name, token, chain, resource or any word"
          value={view.query}
          onChange={(event) => change((current) => ({ ...current, query: event.target.value }), true)}
          onKeyDown={(event) => {
            if (event.key !== "ArrowDown") return;
            event.preventDefault();
            focusFirstResult(listRef.current);
          }}
          className="focus:border-accent-600 w-full rounded-lg border border-slate-300 bg-white px-4 py-3 text-lg dark:border-slate-600 dark:bg-slate-900"
        />
      </form>
      <div className="grid gap-8 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <aside aria-label="Filters" className="flex flex-col gap-4">
          <button
            type="button"
            className="self-start rounded-md border border-slate-300 px-3 py-1.5 text-sm lg:hidden dark:border-slate-600"
            aria-expanded={showFilters}
            aria-controls="search-facets"
            onClick={() => setShowFilters(!showFilters)}
          >
            {showFilters ? "Hide filters" : "Show filters"}
          </button>
          <div
            id="search-facets"
            className={showFilters ? "flex flex-col gap-4" : "hidden lg:flex lg:flex-col lg:gap-4"}
          >
            {isFiltered && (
              <button
                type="button"
                className="text-accent-700 dark:text-accent-300 self-start text-sm underline"
                onClick={clearFilters}
              >
                Clear filters
              </button>
            )}
            {settledOutcome && (
              <SearchFacets
                counts={settledOutcome.counts}
                filters={view.filters}
                categoryNames={categoryNames}
                onToggle={toggleFacet}
              />
            )}
          </div>
        </aside>
        <section aria-label="Results" className="flex flex-col gap-4" ref={listRef} onClickCapture={flushUrl}>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <p
              role="status"
              className="text-sm text-slate-600 dark:text-slate-400"
              data-results-for={view.query}
            >
              {loadError
                ? `Search could not load (${loadError}); reload the page to try again.`
                : !outcome
                  ? "Loading the search index…"
                  : resultSummary(outcome, view.query)}
            </p>
            {selected.length >= 2 && (
              <SiteLink href={pagePaths.compare(selected)} className="text-sm font-medium">
                Compare {selected.length} selected projects
              </SiteLink>
            )}
          </div>
          {offer && <SearchComparisonOffer offer={offer} />}
          {checked && (
            <UnknownFiltersNotice
              unknown={checked.unknown}
              nameOf={(key, slug) => facetValueName(key, slug, categoryNames)}
              onReplace={(filter, replacement) =>
                change((current) => replaceFilter(current, filter, replacement), false)
              }
            />
          )}
          {outcome && index && outcome.hits.length === 0 && (
            <SearchEmpty
              query={view.query}
              suggestions={suggestions}
              hasFilters={isFiltered}
              onPick={(name) => change(() => ({ query: name, filters: noFilters }), false)}
              onClearFilters={clearFilters}
            />
          )}
          {outcome && (
            <SearchResults
              hits={outcome.hits.slice(0, shownRows)}
              highlight={outcome.highlight}
              categoryNames={categoryNames}
              selected={selected}
              canSelectMore={selected.length < maxComparedProjects}
              onSelect={toggleSelected}
              inputRef={inputRef}
            />
          )}
          {outcome && outcome.hits.length > limit && (
            <button
              type="button"
              className="self-start rounded-md border border-slate-300 px-3 py-1.5 text-sm dark:border-slate-600"
              onClick={() => setLimit(limit + pageSize)}
            >
              Show {Math.min(pageSize, outcome.hits.length - limit)} more of {outcome.hits.length - limit}
            </button>
          )}
        </section>
      </div>
    </div>
  );
}
