"use client";

import { useEffect, useState } from "react";
import { CompareActions } from "@/components/compare-actions";
import { CompareNotices } from "@/components/compare-notices";
import { ComparePicker } from "@/components/compare-picker";
import { CompareSources } from "@/components/compare-sources";
import { CompareTable } from "@/components/compare-table";
import { useComparison } from "@/components/use-comparison";
import { siteName, withBasePath } from "@/lib/site/urls";
import { pagePaths } from "@/lib/site/paths";

type Props = { categories: { slug: string; name: string }[] };

/** The comparison named in the address: its notices, picker, table, take-away actions and sources. */
export function CompareApp({ categories }: Props) {
  const { records, selection, comparison, loadError, retry } = useComparison(categories);
  const [isOnlyDifferences, setOnlyDifferences] = useState(false);

  useEffect(() => {
    const names = comparison?.columns.map((column) => column.name) ?? [];
    document.title =
      names.length > 0 ? `${names.join(" vs ")} · ${siteName}` : `Compare projects · ${siteName}`;
  }, [comparison]);

  // Next.js follows pushState, so the address stays the one source of the chosen projects.
  const choose = (slugs: string[]) =>
    window.history.pushState(null, "", withBasePath(pagePaths.compare(slugs)));

  if (loadError)
    return (
      <p role="alert">
        The project data could not load ({loadError}).{" "}
        <button type="button" className="text-accent-700 dark:text-accent-300 underline" onClick={retry}>
          Try again
        </button>
      </p>
    );
  if (!records || !selection || !comparison) return <p role="status">Loading the project data…</p>;

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
