"use client";

import type { UnknownFilter } from "@/lib/search/view-url";

type Props<Key extends string> = {
  unknown: readonly UnknownFilter<Key>[];
  /** What each address parameter is called in a sentence ("chain", "sort order"). */
  parameterNames: Record<Key, string>;
  /** The display name of a value ("Solana" for solana), for the suggestion. */
  nameOf: (key: Key, slug: string) => string;
  onReplace: (filter: UnknownFilter<Key>, replacement?: string) => void;
};

/** Says which filters of the address do not exist and were left out, offering the nearest real value. */
export function UnknownFiltersNotice<Key extends string>({
  unknown,
  parameterNames,
  nameOf,
  onReplace,
}: Props<Key>) {
  if (unknown.length === 0) return null;
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      {unknown.map((filter) => (
        <p key={`${filter.key}=${filter.value}`}>
          The address asks for the {parameterNames[filter.key]} “{filter.value}”, which the directory does not
          have, so it is left out.{" "}
          {filter.suggestion && (
            <button
              type="button"
              className="font-medium underline"
              onClick={() => onReplace(filter, filter.suggestion)}
            >
              Use {nameOf(filter.key, filter.suggestion)} instead
            </button>
          )}{" "}
          <button type="button" className="underline" onClick={() => onReplace(filter)}>
            Remove it from the address
          </button>
        </p>
      ))}
    </div>
  );
}
