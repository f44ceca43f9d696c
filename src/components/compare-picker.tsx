"use client";

import { useEffect, useRef, useState } from "react";
import { useMessages } from "@/components/use-messages";
import { format } from "@/lib/i18n/messages/client-en";
import { maxComparedProjects } from "@/lib/site/paths";
import { moveSlug, type CompareColumn } from "@/lib/compare/comparison";
import type { ProjectRecord } from "@/lib/publish/project-records";
import { matchProjectNames } from "@/lib/search/name-match";

type Props = { records: ProjectRecord[]; columns: CompareColumn[]; onChoose: (slugs: string[]) => void };

const iconButton =
  "rounded px-1.5 py-0.5 text-slate-700 hover:bg-slate-200 disabled:opacity-40 disabled:hover:bg-transparent dark:text-slate-200 dark:hover:bg-slate-700";
const addInputId = "compare-add";

/** Adds (by fuzzy name), removes and reorders the compared projects; every change becomes a new address. */
export function ComparePicker({ records, columns, onChoose }: Props) {
  const t = useMessages().compare;
  const [query, setQuery] = useState("");
  const focusNext = useRef<string>(undefined);
  const slugs = columns.map((column) => column.slug);
  const chosenKey = slugs.join(",");
  const isFull = slugs.length >= maxComparedProjects;

  // The control that was used may have moved or gone; focus lands where the next step is.
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = undefined;
  }, [chosenKey]);

  const matches = matchProjectNames(records, query, 12)
    .filter((record) => !slugs.includes(record.slug))
    .slice(0, 6);

  const change = (next: string[], focusId: string) => {
    focusNext.current = focusId;
    onChoose(next);
  };
  const add = (slug: string) => {
    setQuery("");
    change([...slugs, slug], addInputId);
  };
  const move = (index: number, step: -1 | 1) => {
    const slug = slugs[index]!;
    const isAtEnd = index + step === 0 || index + step === slugs.length - 1;
    change(moveSlug(slugs, index, step), `move-${slug}-${isAtEnd ? -step : step}`);
  };

  return (
    <section aria-labelledby="compare-picker" className="flex flex-col gap-3">
      <h2 id="compare-picker" className="text-lg font-semibold">
        {t.pickerHeading}
      </h2>
      {columns.length > 0 && (
        <ol className="flex flex-wrap gap-2">
          {columns.map((column, index) => (
            <li
              key={column.slug}
              className="flex items-center gap-1 rounded-full border border-slate-300 py-0.5 pr-1 pl-3 text-sm dark:border-slate-600"
            >
              <span className="mr-1 font-medium">{column.name}</span>
              <button
                type="button"
                id={`move-${column.slug}--1`}
                className={iconButton}
                disabled={index === 0}
                aria-label={format(t.moveLeft, { name: column.name })}
                onClick={() => move(index, -1)}
              >
                <span aria-hidden="true">←</span>
              </button>
              <button
                type="button"
                id={`move-${column.slug}-1`}
                className={iconButton}
                disabled={index === columns.length - 1}
                aria-label={format(t.moveRight, { name: column.name })}
                onClick={() => move(index, 1)}
              >
                <span aria-hidden="true">→</span>
              </button>
              <button
                type="button"
                className={iconButton}
                aria-label={format(t.remove, { name: column.name })}
                onClick={() =>
                  change(
                    slugs.filter((slug) => slug !== column.slug),
                    addInputId,
                  )
                }
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <form
        role="search"
        aria-label={t.addForm}
        className="flex max-w-md flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (!isFull && matches[0]) add(matches[0].slug);
        }}
      >
        <label htmlFor={addInputId} className="text-sm font-medium">
          {t.addLabel}
        </label>
        <input
          id={addInputId}
          type="text"
          autoComplete="off"
          placeholder={t.addPlaceholder}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className="focus:border-accent-600 rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900"
        />
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {isFull
            ? format(t.full, { max: maxComparedProjects })
            : query.trim() && matches.length === 0
              ? format(t.noMatch, { query: query.trim() })
              : ""}
        </p>
        {!isFull && matches.length > 0 && (
          <ul aria-label={t.matching} className="flex flex-col gap-1">
            {matches.map((record) => (
              <li key={record.slug} className="flex flex-wrap items-baseline gap-x-3 text-sm">
                <button
                  type="button"
                  className="hover:border-accent-600 rounded-md border border-slate-300 px-3 py-1 font-medium dark:border-slate-600"
                  onClick={() => add(record.slug)}
                >
                  {format(t.add, { name: record.name })}
                </button>
                <span className="text-slate-600 dark:text-slate-400">{record.tagline}</span>
              </li>
            ))}
          </ul>
        )}
      </form>
    </section>
  );
}
