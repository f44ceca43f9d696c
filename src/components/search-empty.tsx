"use client";

import { useMessages } from "@/components/use-messages";
import { format } from "@/lib/i18n/messages/client-en";

type Props = {
  query: string;
  suggestions: readonly string[];
  hasFilters: boolean;
  onPick: (name: string) => void;
  onClearFilters: () => void;
};

const linkButton = "text-accent-700 dark:text-accent-300 underline";

/** No results: the closest project names to try instead, and a way out of the filters. */
export function SearchEmpty({ query, suggestions, hasFilters, onPick, onClearFilters }: Props) {
  const t = useMessages().search;
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-dashed border-slate-300 p-6 dark:border-slate-700">
      <p className="font-medium">
        {query.trim() ? format(t.noMatchQuery, { query: query.trim() }) : t.noMatch}
        {hasFilters ? t.withFilters : "."}
      </p>
      {suggestions.length > 0 && (
        <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
          <span>{t.closestNames}</span>
          <ul aria-label={t.closestNamesList} className="flex flex-wrap gap-x-3 gap-y-1">
            {suggestions.map((name) => (
              <li key={name}>
                <button type="button" className={linkButton} onClick={() => onPick(name)}>
                  {name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {hasFilters && (
        <p className="text-sm">
          <button type="button" className={linkButton} onClick={onClearFilters}>
            {t.clearFilters}
          </button>
        </p>
      )}
    </div>
  );
}
