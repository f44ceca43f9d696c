"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { ChangeList } from "@/components/change-list";
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

const selectClass =
  "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900";

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
      <form className="flex flex-wrap items-end gap-4" aria-label={text.form}>
        <label className="flex flex-col gap-1 text-sm">
          {text.category}
          <select
            className={selectClass}
            value={view.category[0] ?? ""}
            onChange={(event) => select("category", event.target.value)}
          >
            <option value="">{text.allCategories}</option>
            {categories.map((category) => (
              <option key={category.slug} value={category.slug}>
                {category.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {text.chain}
          <select
            className={selectClass}
            value={view.chain[0] ?? ""}
            onChange={(event) => select("chain", event.target.value)}
          >
            <option value="">{text.allChains}</option>
            {chains.map((chain) => (
              <option key={chain.slug} value={chain.slug}>
                {chain.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {text.kind}
          <select
            className={selectClass}
            value={view.kind[0] ?? ""}
            onChange={(event) => select("kind", event.target.value)}
          >
            <option value="">{text.allKinds}</option>
            {Object.entries(kindNames).map(([slug, name]) => (
              <option key={slug} value={slug}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </form>
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
