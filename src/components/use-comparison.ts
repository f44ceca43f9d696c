"use client";

import { useSearchParams } from "next/navigation";
import { startTransition, useEffect, useMemo, useState } from "react";
import { loadCompareData, type CompareData } from "@/components/compare-data";
import { useLocale } from "@/components/use-locale";
import { buildComparison, compareInputs, resolveSelection } from "@/lib/compare/comparison";

/**
 * The comparison the address asks for, once the data has arrived: the resolved selection (with its problems) and
 * the table. Shared by the compare page and its embed.
 */
export function useComparison(
  categories: readonly { slug: string; name: string }[],
  taglines?: Readonly<Record<string, string>>,
) {
  const { locale } = useLocale();
  const params = useSearchParams();
  const inputs = useMemo(() => compareInputs(new URLSearchParams(params.toString())), [params]);
  const [data, setData] = useState<CompareData>();
  const [loadError, setLoadError] = useState<string>();
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

  const records = useMemo(
    () =>
      taglines
        ? data?.projects.map((record) => ({ ...record, tagline: taglines[record.slug] ?? record.tagline }))
        : data?.projects,
    [data, taglines],
  );
  const selection = useMemo(() => records && resolveSelection(inputs, records), [inputs, records]);
  const comparison = useMemo(() => {
    if (!records || !selection) return undefined;
    const bySlug = new Map(records.map((record) => [record.slug, record]));
    return buildComparison(
      selection.slugs.flatMap((slug) => bySlug.get(slug) ?? []),
      categoryNames,
      data?.prices,
      locale,
    );
  }, [records, selection, categoryNames, data, locale]);

  return { records, selection, comparison, loadError, retry };
}
