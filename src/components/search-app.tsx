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
import { useMessages } from "@/components/use-messages";
import { format, type ClientMessages } from "@/lib/i18n/messages/client-en";

const pageSize = 30;
// Drawn in the keystroke's own frame (a phone screen's worth); the rest of the results and the facet counts
// follow in a deferred render, so typing stays at one frame per letter.
const firstRows = 6;

function resultSummary(
  { hits, isPartial, unmatched }: SearchOutcome,
  query: string,
  t: ClientMessages["search"],
): string {
  const count = hits.length;
  const projects = count === 1 ? t.countOne : format(t.count, { count });
  if (!query.trim()) return projects;
  if (!isPartial) return format(count === 1 ? t.matchesOne : t.matches, { projects, query: query.trim() });
  const missing =
    unmatched.length > 0
      ? format(t.noneMentions, { words: unmatched.map((word) => `“${word}”`).join(t.or) })
      : "";
  const closest = count === 1 ? t.closestOne : format(t.closest, { count });
  return format(t.partial, { query: query.trim(), missing, closest });
}

/** Fuzzy, faceted search whose whole view lives in the address, so reload, back and a shared link restore it. */
export function SearchApp() {
  const { search: t, locale } = useMessages();
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
    loadSearchIndex(locale).then(
      (loaded) => startTransition(() => setIndex(loaded)),
      (error: Error) => setLoadError(error.message),
    );
  }, [locale]);

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
          {t.label}
        </label>
        <input
          id="search-input"
          ref={inputRef}
          type="search"
          name="q"
          data-search-input=""
          autoComplete="off"
          placeholder={t.placeholder}
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
        <aside aria-label={t.filters} className="flex flex-col gap-4">
          <button
            type="button"
            className="self-start rounded-md border border-slate-300 px-3 py-1.5 text-sm lg:hidden dark:border-slate-600"
            aria-expanded={showFilters}
            aria-controls="search-facets"
            onClick={() => setShowFilters(!showFilters)}
          >
            {showFilters ? t.hideFilters : t.showFilters}
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
                {t.clearFilters}
              </button>
            )}
            {settledOutcome && (
              <SearchFacets
                counts={settledOutcome.counts}
                filters={view.filters}
                categoryNames={categoryNames}
                valueNames={index!.valueNames}
                facetNames={index!.facetNames}
                onToggle={toggleFacet}
              />
            )}
          </div>
        </aside>
        <section
          aria-label={t.results}
          className="flex flex-col gap-4"
          ref={listRef}
          onClickCapture={flushUrl}
        >
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
            <p
              role="status"
              className="text-sm text-slate-600 dark:text-slate-400"
              data-results-for={view.query}
            >
              {loadError
                ? format(t.loadFailed, { error: loadError })
                : !outcome
                  ? t.loading
                  : resultSummary(outcome, view.query, t)}
            </p>
            {selected.length >= 2 && (
              <SiteLink href={pagePaths.compare(selected)} className="text-sm font-medium">
                {format(t.compareSelected, { count: selected.length })}
              </SiteLink>
            )}
          </div>
          {offer && <SearchComparisonOffer offer={offer} />}
          {checked && (
            <UnknownFiltersNotice
              unknown={checked.unknown}
              nameOf={(key, slug) => facetValueName(key, slug, categoryNames, index!.valueNames)}
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
              valueNames={index!.valueNames}
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
              {format(t.showMore, {
                count: Math.min(pageSize, outcome.hits.length - limit),
                rest: outcome.hits.length - limit,
              })}
            </button>
          )}
        </section>
      </div>
    </div>
  );
}
