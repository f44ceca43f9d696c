"use client";

import { useMemo, useState } from "react";
import { useMessages } from "@/components/use-messages";
import { format } from "@/lib/i18n/messages/client-en";
import { comparisonCsvRows, comparisonFileName, type Comparison } from "@/lib/compare/comparison";
import { toCsv } from "@/lib/publish/csv";

type Props = {
  comparison: Comparison;
  isOnlyDifferences: boolean;
  onOnlyDifferences: (value: boolean) => void;
};

const actionClass =
  "rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium text-slate-900 no-underline hover:bg-slate-100 dark:border-slate-500 dark:text-slate-100 dark:hover:bg-slate-800";

/** The "show only differences" switch and the take-away actions: the CSV file and the page address. */
export function CompareActions({ comparison, isOnlyDifferences, onOnlyDifferences }: Props) {
  const t = useMessages().compare;
  const [copyStatus, setCopyStatus] = useState("");
  const csvHref = useMemo(
    () => `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(comparisonCsvRows(comparison)))}`,
    [comparison],
  );
  const differing = comparison.rows.filter((row) => row.isDifferent).length;

  const copyLink = () =>
    navigator.clipboard
      .writeText(window.location.href)
      .then(() => setCopyStatus(t.linkCopied))
      .catch(() => setCopyStatus(t.copyLinkFailed));

  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={isOnlyDifferences}
          onChange={(event) => onOnlyDifferences(event.target.checked)}
          className="size-4"
        />
        {format(t.onlyDifferences, { differing, total: comparison.rows.length })}
      </label>
      <a
        href={csvHref}
        download={comparisonFileName(comparison.columns.map((column) => column.slug))}
        className={actionClass}
      >
        {t.downloadCsv}
      </a>
      <button type="button" className={actionClass} onClick={copyLink}>
        {t.copyLink}
      </button>
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {copyStatus}
      </p>
    </div>
  );
}
