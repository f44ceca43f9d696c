"use client";

import { useSearchParams } from "next/navigation";
import { startTransition, useEffect, useMemo, useState } from "react";
import { CompareActions } from "@/components/compare-actions";
import { CompareNotices } from "@/components/compare-notices";
import { ComparePicker } from "@/components/compare-picker";
import { CompareSources } from "@/components/compare-sources";
import { CompareTable } from "@/components/compare-table";
import { buildComparison, compareInputs, resolveSelection } from "@/lib/compare/comparison";
import type { ProjectRecord } from "@/lib/publish/project-records";
import type { PriceRecord } from "@/lib/prices/records";
import { siteName, withBasePath } from "@/lib/site/urls";
import { pagePaths } from "@/lib/site/paths";

type Props = { categories: { slug: string; name: string }[] };

type CompareData = { projects: ProjectRecord[]; prices: PriceRecord[] };
let pending: Promise<CompareData> | undefined;

const fetchJson = async <T,>(path: string): Promise<T> => {
  const response = await fetch(withBasePath(path));
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
};

// Downloaded once per page load; a failed download is tried again on the next attempt.
function loadCompareData(): Promise<CompareData> {
  pending ??= Promise.all([
    fetchJson<ProjectRecord[]>("/data/projects.json"),
    fetchJson<PriceRecord[]>("/data/prices.json"),
  ]).then(([projects, prices]) => ({ projects, prices }));
  pending.catch(() => (pending = undefined));
  return pending;
}

/** The comparison named in the address: its notices, picker, table, take-away actions and sources. */
export function CompareApp({ categories }: Props) {
  const params = useSearchParams();
  const inputs = useMemo(() => compareInputs(new URLSearchParams(params.toString())), [params]);
  const [data, setData] = useState<CompareData>();
  const records = data?.projects;
  const [loadError, setLoadError] = useState<string>();
  const [isOnlyDifferences, setOnlyDifferences] = useState(false);
  const categoryNames = useMemo(
    () => new Map(categories.map(({ slug, name }) => [slug, name])),
    [categories],
  );

  // A transition lets React draw the arrived table in slices, so a slow phone still answers taps meanwhile.
  const load = () =>
    loadCompareData().then(
      (loaded) => startTransition(() => setData(loaded)),
      (error: Error) => setLoadError(error.message),
    );
  useEffect(() => {
    load();
  }, []);
  const retry = () => {
    setLoadError(undefined);
    load();
  };

  const selection = useMemo(() => records && resolveSelection(inputs, records), [inputs, records]);
  const comparison = useMemo(() => {
    if (!records || !selection) return undefined;
    const bySlug = new Map(records.map((record) => [record.slug, record]));
    return buildComparison(
      selection.slugs.flatMap((slug) => bySlug.get(slug) ?? []),
      categoryNames,
      data?.prices,
    );
  }, [records, selection, categoryNames, data]);

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
