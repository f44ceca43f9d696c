"use client";

import { SiteLink } from "@/components/site-link";
import { memo, type KeyboardEvent, type RefObject } from "react";
import { Highlighted } from "@/components/search-highlight";
import type { SearchHit } from "@/lib/search/engine";
import type { Highlight } from "@/lib/search/highlight";
import { pagePaths } from "@/lib/site/paths";
import { useMessages } from "@/components/use-messages";
import type { ValueNames } from "@/lib/search/search-file";

type Props = {
  hits: readonly SearchHit[];
  highlight: Highlight;
  categoryNames: ReadonlyMap<string, string>;
  valueNames: ValueNames;
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
  valueNames: ValueNames;
  isSelected: boolean;
  canSelect: boolean;
  onSelect: (slug: string) => void;
};

// Memoised: when the rest of a result list arrives after the first rows, the first rows are not drawn again.
const Result = memo(function Result({
  record,
  highlight,
  categoryNames,
  valueNames,
  isSelected,
  canSelect,
  onSelect,
}: ResultProps) {
  const t = useMessages().search;
  const values = [
    categoryNames.get(record.category) ?? record.category,
    ...record.chains.map((slug) => valueNames.chain[slug] ?? slug),
    ...record.resources.map((slug) => valueNames.resource[slug] ?? slug),
    ...record.workloads.map((slug) => valueNames.workload[slug] ?? slug),
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
            {t.alsoKnownAs}
            <Highlighted text={record.aliases.join(", ")} highlight={highlight} />
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
          {t.selectToCompare}
        </label>
      </article>
    </li>
  );
});

export function SearchResults({
  hits,
  highlight,
  categoryNames,
  valueNames,
  selected,
  canSelectMore,
  onSelect,
  inputRef,
}: Props) {
  const t = useMessages().search;
  return (
    <ol
      id="search-results"
      aria-label={t.resultsList}
      className="flex flex-col gap-3"
      onKeyDown={(event) => moveFocus(event, inputRef)}
    >
      {hits.map(({ record }) => (
        <Result
          key={record.slug}
          record={record}
          highlight={highlight}
          categoryNames={categoryNames}
          valueNames={valueNames}
          isSelected={selected.includes(record.slug)}
          canSelect={canSelectMore}
          onSelect={onSelect}
        />
      ))}
    </ol>
  );
}
