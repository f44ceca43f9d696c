"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { ChangeList } from "@/components/change-list";
import { FilterForm, FilterSelect } from "@/components/filter-select";
import { UnknownFiltersNotice } from "@/components/unknown-filters-notice";
import {
  applyChangesView,
  changesViewQuery,
  parseChangesView,
  type ChangeRow,
  type ChangesView,
} from "@/lib/history/change-list";
import { withBasePath } from "@/lib/site/urls";
import { useMessages } from "@/components/use-messages";
import { format } from "@/lib/i18n/messages/client-en";

type Props = {
  categories: { slug: string; name: string }[];
  /** Every chain, in display order; passed in so the browser gets names, not the chain vocabulary. */
  chains: { slug: string; name: string }[];
  /** Names in the reader's edition, given by the page. */
  kindNames: Record<string, string>;
  shown: number;
};

/** Filters every change by category, chain and kind of fact; the list arrives as data, the view is in the address. */
export function ChangesExplorer({ categories, chains, kindNames, shown }: Props) {
  const { changes: text, locale } = useMessages();
  const router = useRouter();
  const pathname = usePathname();
  const [rows, setRows] = useState<ChangeRow[]>();
  const [error, setError] = useState<string>();
  const { view, unknown } = parseChangesView(new URLSearchParams(useSearchParams().toString()), {
    categories: categories.map((category) => category.slug),
    chains: chains.map((chain) => chain.slug),
  });
  useEffect(() => {
    fetch(withBasePath("/data/changes.json"))
      .then((response) =>
        response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
      )
      .then(
        (data: { changes: ChangeRow[] }) => setRows(data.changes),
        (failure: Error) => setError(failure.message),
      );
  }, []);
  const update = (next: ChangesView) =>
    router.replace(`${pathname}${changesViewQuery(next)}`, { scroll: false });
  const select = (key: keyof ChangesView, value: string) => update({ ...view, [key]: value ? [value] : [] });
  const filtered = rows && applyChangesView(rows, view);
  const categoryName = (slug: string) => categories.find((category) => category.slug === slug)?.name ?? slug;
  return (
    <div className="flex flex-col gap-4">
      <FilterForm label={text.form}>
        <FilterSelect
          label={text.category}
          value={view.category[0] ?? ""}
          anyLabel={text.allCategories}
          options={categories.map(({ slug, name }) => ({ value: slug, name }))}
          onChange={(value) => select("category", value)}
        />
        <FilterSelect
          label={text.chain}
          value={view.chain[0] ?? ""}
          anyLabel={text.allChains}
          options={chains.map(({ slug, name }) => ({ value: slug, name }))}
          onChange={(value) => select("chain", value)}
        />
        <FilterSelect
          label={text.kind}
          value={view.kind[0] ?? ""}
          anyLabel={text.allKinds}
          options={Object.entries(kindNames).map(([value, name]) => ({ value, name }))}
          onChange={(value) => select("kind", value)}
        />
      </FilterForm>
      <UnknownFiltersNotice
        unknown={unknown}
        nameOf={(key, slug) =>
          key === "category"
            ? categoryName(slug)
            : key === "chain"
              ? (chains.find((chain) => chain.slug === slug)?.name ?? slug)
              : (kindNames[slug] ?? slug)
        }
        onReplace={(filter, replacement) =>
          update({ ...view, [filter.key]: replacement ? [replacement] : view[filter.key] })
        }
      />
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {error
          ? format(text.failed, { error, shown })
          : !filtered
            ? text.loading
            : filtered.length === 1
              ? text.countOne
              : format(text.count, { count: filtered.length })}
      </p>
      {filtered && filtered.length === 0 && <p>{text.none}</p>}
      {filtered && <ChangeList rows={filtered.slice(0, 300)} locale={locale} baseline={text.baseline} />}
    </div>
  );
}
