"use client";

import { SiteLink } from "@/components/site-link";
import { memo, type KeyboardEvent, type RefObject } from "react";
import { Highlighted } from "@/components/search-highlight";
import type { SearchHit } from "@/lib/search/engine";
import type { Highlight } from "@/lib/search/highlight";
import { nameOf } from "@/lib/facts/vocabulary";
import { pagePaths } from "@/lib/site/paths";

type Props = {
  hits: readonly SearchHit[];
  highlight: Highlight;
  categoryNames: ReadonlyMap<string, string>;
  selected: readonly string[];
  canSelectMore: boolean;
  onSelect: (slug: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
};

const resultLinks = (list: HTMLElement) => [...list.querySelectorAll<HTMLAnchorElement>("a[data-result]")];

/** Up and down arrows move between result links; up from the first goes back to the search box. */
function moveFocus(event: KeyboardEvent<HTMLOListElement>, inputRef: Props["inputRef"]) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const links = resultLinks(event.currentTarget);
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  event.preventDefault();
  const next = event.key === "ArrowDown" ? links[at + 1] : links[at - 1];
  if (next) next.focus();
  else if (event.key === "ArrowUp") inputRef.current?.focus();
}

/** Puts the keyboard on the first result, for the search box's down arrow. */
export function focusFirstResult(list: HTMLElement | null) {
  if (list) resultLinks(list)[0]?.focus();
}

type ResultProps = {
  record: SearchHit["record"];
  highlight: Highlight;
  categoryNames: ReadonlyMap<string, string>;
  isSelected: boolean;
  canSelect: boolean;
  onSelect: (slug: string) => void;
};

// Memoised: when the rest of a result list arrives after the first rows, the first rows are not drawn again.
const Result = memo(function Result({
  record,
  highlight,
  categoryNames,
  isSelected,
  canSelect,
  onSelect,
}: ResultProps) {
  const values = [
    categoryNames.get(record.category) ?? record.category,
    ...record.chains.map((slug) => nameOf("chain", slug)),
    ...record.resources.map((slug) => nameOf("resource", slug)),
    ...record.workloads.map((slug) => nameOf("workload", slug)),
  ];
  return (
    <li>
      <article className="flex flex-col gap-1.5 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h2 className="text-base font-semibold">
          <SiteLink href={pagePaths.project(record.slug)} data-result="">
            <Highlighted text={record.name} highlight={highlight} />
          </SiteLink>
          {record.token && (
            <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-400">
              <Highlighted text={record.token} highlight={highlight} />
            </span>
          )}
        </h2>
        {record.aliases.length > 0 && (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Also known as <Highlighted text={record.aliases.join(", ")} highlight={highlight} />
          </p>
        )}
        <p className="text-sm text-slate-700 dark:text-slate-300">
          <Highlighted text={record.tagline} highlight={highlight} />
        </p>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          <Highlighted text={values.join(" · ")} highlight={highlight} />
        </p>
        <label className="flex items-center gap-2 self-start text-sm">
          <input
            type="checkbox"
            checked={isSelected}
            disabled={!isSelected && !canSelect}
            onChange={() => onSelect(record.slug)}
          />
          Select to compare
        </label>
      </article>
    </li>
  );
});

export function SearchResults({
  hits,
  highlight,
  categoryNames,
  selected,
  canSelectMore,
  onSelect,
  inputRef,
}: Props) {
  return (
    <ol
      id="search-results"
      aria-label="Search results"
      className="flex flex-col gap-3"
      onKeyDown={(event) => moveFocus(event, inputRef)}
    >
      {hits.map(({ record }) => (
        <Result
          key={record.slug}
          record={record}
          highlight={highlight}
          categoryNames={categoryNames}
          isSelected={selected.includes(record.slug)}
          canSelect={canSelectMore}
          onSelect={onSelect}
        />
      ))}
    </ol>
  );
}
