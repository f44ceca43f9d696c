"use client";

import { useEffect, useState } from "react";
import { CompareActions } from "@/components/compare-actions";
import { CompareNotices } from "@/components/compare-notices";
import { ComparePicker } from "@/components/compare-picker";
import { CompareSources } from "@/components/compare-sources";
import { CompareTable } from "@/components/compare-table";
import { useComparison } from "@/components/use-comparison";
import { useMessages } from "@/components/use-messages";
import { format } from "@/lib/i18n/messages/client-en";
import { siteName, withBasePath } from "@/lib/site/urls";
import { pagePaths } from "@/lib/site/paths";

type Props = {
  categories: { slug: string; name: string }[];
  /** The edition's taglines by slug, where they differ from the English records. */
  taglines?: Record<string, string>;
};

/** The comparison named in the address: its notices, picker, table, take-away actions and sources. */
export function CompareApp({ categories, taglines }: Props) {
  const { compare: t, common } = useMessages();
  const { records, selection, comparison, loadError, retry } = useComparison(categories, taglines);
  const [isOnlyDifferences, setOnlyDifferences] = useState(false);

  useEffect(() => {
    const names = comparison?.columns.map((column) => column.name) ?? [];
    document.title =
      names.length > 0 ? `${names.join(t.versus)} · ${siteName}` : `${t.documentTitle} · ${siteName}`;
  }, [comparison, t]);

  // Next.js follows pushState, so the address stays the one source of the chosen projects.
  const choose = (slugs: string[]) =>
    window.history.pushState(null, "", withBasePath(pagePaths.compare(slugs)));

  if (loadError)
    return (
      <p role="alert">
        {format(t.loadFailed, { error: loadError })}{" "}
        <button type="button" className="text-accent-700 dark:text-accent-300 underline" onClick={retry}>
          {common.tryAgain}
        </button>
      </p>
    );
  if (!records || !selection || !comparison) return <p role="status">{t.loading}</p>;

  const { columns } = comparison;
  return (
    <div className="flex flex-col gap-6">
      <CompareNotices problems={selection.problems} chosen={columns} />
      <ComparePicker records={records} columns={columns} onChoose={choose} />
      {columns.length > 0 && (
        <>
          <CompareActions
            comparison={comparison}
            isOnlyDifferences={isOnlyDifferences}
            onOnlyDifferences={setOnlyDifferences}
          />
          <CompareTable comparison={comparison} isOnlyDifferences={isOnlyDifferences} />
          <CompareSources columns={columns} />
        </>
      )}
    </div>
  );
}
