"use client";

import { CompareNotices } from "@/components/compare-notices";
import { CompareSources } from "@/components/compare-sources";
import { CompareTable } from "@/components/compare-table";
import { useComparison } from "@/components/use-comparison";
import { useMessages } from "@/components/use-messages";
import { format } from "@/lib/i18n/messages/client-en";
import { absoluteUrl, siteName } from "@/lib/site/urls";
import { pagePaths } from "@/lib/site/paths";

/** The comparison table alone, for other sites' iframes, with a link to the full comparison. */
export function CompareEmbed({ categories }: { categories: { slug: string; name: string }[] }) {
  const { compare: t, common } = useMessages();
  const { selection, comparison, loadError, retry } = useComparison(categories);
  if (loadError)
    return (
      <p role="alert">
        {format(t.loadFailed, { error: loadError })}{" "}
        <button type="button" className="underline" onClick={retry}>
          {common.tryAgain}
        </button>
      </p>
    );
  if (!selection || !comparison) return <p role="status">{t.loadingTable}</p>;
  const slugs = comparison.columns.map((column) => column.slug);
  return (
    <div className="flex flex-col gap-3">
      <CompareNotices problems={selection.problems} chosen={comparison.columns} />
      {comparison.columns.length > 0 && (
        <>
          <CompareTable comparison={comparison} isOnlyDifferences={false} />
          <CompareSources columns={comparison.columns} />
        </>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {t.from}{" "}
        <a href={absoluteUrl(pagePaths.compare(slugs))} target="_blank" rel="noopener">
          {siteName}
        </a>
        {t.fromEnd}
      </p>
    </div>
  );
}
