"use client";

import { SiteLink } from "@/components/site-link";
import { useMessages } from "@/components/use-messages";
import { format } from "@/lib/i18n/messages/client-en";
import type { ComparisonOffer } from "@/lib/search/comparison-offer";
import { pagePaths } from "@/lib/site/paths";

const listOf = (names: readonly string[], and: string) =>
  names.length <= 2 ? names.join(and) : `${names.slice(0, -1).join(", ")}${and}${names.at(-1)}`;

/** The comparison a query like "akash vs io.net" asks for, offered above the results. */
export function SearchComparisonOffer({ offer }: { offer: ComparisonOffer }) {
  const t = useMessages().search;
  return (
    <p className="border-accent-300 bg-accent-50 dark:border-accent-700 rounded-lg border px-4 py-3 dark:bg-slate-900">
      <SiteLink href={pagePaths.compare(offer.slugs)} className="font-medium">
        {format(t.compareOffer, { names: listOf(offer.names, t.and) })}
      </SiteLink>
    </p>
  );
}
