"use client";

import { useMessages } from "@/components/use-messages";
import { format } from "@/lib/i18n/messages/client-en";
import type { UnknownFilter } from "@/lib/site/address-values";

type Props<Key extends string> = {
  unknown: readonly UnknownFilter<Key>[];
  /** The display name of a value ("Solana" for solana), for the suggestion. */
  nameOf: (key: Key, slug: string) => string;
  onReplace: (filter: UnknownFilter<Key>, replacement?: string) => void;
};

/** Says which filters of the address do not exist and were left out, offering the nearest real value. */
export function UnknownFiltersNotice<Key extends string>({ unknown, nameOf, onReplace }: Props<Key>) {
  const { filters } = useMessages();
  if (unknown.length === 0) return null;
  const parameterName = (key: string) => (filters.parameters as Record<string, string>)[key] ?? key;
  return (
    <div
      role="alert"
      className="flex flex-col gap-2 rounded-md border border-amber-600 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      {unknown.map((filter) => (
        <p key={`${filter.key}=${filter.value}`}>
          {format(filters.unknownValue, { parameter: parameterName(filter.key), value: filter.value })}{" "}
          {filter.suggestion && (
            <button
              type="button"
              className="font-medium underline"
              onClick={() => onReplace(filter, filter.suggestion)}
            >
              {format(filters.useInstead, { name: nameOf(filter.key, filter.suggestion) })}
            </button>
          )}{" "}
          <button type="button" className="underline" onClick={() => onReplace(filter)}>
            {filters.removeFromAddress}
          </button>
        </p>
      ))}
    </div>
  );
}
