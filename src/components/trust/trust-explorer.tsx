"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { TrustTable, type TrustTableTexts } from "@/components/trust/trust-table";
import { UnknownFiltersNotice } from "@/components/unknown-filters-notice";
import { useMessages } from "@/components/use-messages";
import { trustAxes, type TrustAxisSlug } from "@/lib/facts/trust-axes";
import { format } from "@/lib/i18n/messages/client-en";
import {
  applyTrustView,
  parseTrustView,
  trustViewQuery,
  type TrustParameter,
  type TrustTableRow,
  type TrustView,
} from "@/lib/trust/table";

const selectClass =
  "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900";

type Props = {
  rows: TrustTableRow[];
  texts: TrustTableTexts & { valueNames: Record<TrustAxisSlug, Record<string, string>> };
};

/** Filters by axis value and sorts by any axis's grade; the view lives in the address, so it can be shared. */
export function TrustExplorer({ rows, texts }: Props) {
  const { trust: text, common } = useMessages();
  const router = useRouter();
  const pathname = usePathname();
  const { view, unknown } = parseTrustView(new URLSearchParams(useSearchParams().toString()));
  const shown = applyTrustView(rows, view);
  const update = (next: TrustView) => router.replace(`${pathname}${trustViewQuery(next)}`, { scroll: false });
  const setFilter = (axis: TrustAxisSlug, value: string) =>
    update({ ...view, filters: { ...view.filters, [axis]: value ? [value] : [] } });
  const replace = (key: TrustParameter, value?: string) =>
    key === "sort"
      ? update({ ...view, sort: (value as TrustView["sort"]) ?? "name" })
      : update({
          ...view,
          filters: { ...view.filters, [key]: value ? [...view.filters[key], value] : view.filters[key] },
        });
  return (
    <div className="flex flex-col gap-4">
      <form className="flex flex-wrap items-end gap-4" aria-label={text.form}>
        {trustAxes.map((axis) => (
          <label key={axis.slug} className="flex flex-col gap-1 text-sm">
            {texts.axisNames[axis.slug]}
            <select
              className={selectClass}
              value={view.filters[axis.slug][0] ?? ""}
              onChange={(event) => setFilter(axis.slug, event.target.value)}
            >
              <option value="">{text.any}</option>
              {axis.values.map((value) => (
                <option key={value.slug} value={value.slug}>
                  {texts.valueNames[axis.slug][value.slug]}
                </option>
              ))}
              <option value="unknown">{common.unknown}</option>
            </select>
          </label>
        ))}
      </form>
      <UnknownFiltersNotice
        unknown={unknown}
        nameOf={(key, slug) =>
          key === "sort"
            ? (texts.axisNames[slug as TrustAxisSlug] ?? slug)
            : (texts.valueNames[key][slug] ?? common.unknown)
        }
        onReplace={(filter, replacement) => replace(filter.key, replacement)}
      />
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {format(text.showing, { shown: shown.length, total: rows.length })}
        {view.sort === "name"
          ? text.byName
          : format(text.strongestFirst, { axis: texts.axisNames[view.sort].toLowerCase() })}
      </p>
      {shown.length === 0 ? (
        <p>
          {text.none}{" "}
          <button
            type="button"
            className="underline"
            onClick={() => update(parseTrustView(new URLSearchParams()).view)}
          >
            {text.clear}
          </button>
        </p>
      ) : (
        <TrustTable
          rows={shown}
          texts={texts}
          header={(axis) => (
            <button
              type="button"
              className="font-medium underline decoration-dotted underline-offset-4"
              aria-pressed={view.sort === axis}
              onClick={() => update({ ...view, sort: view.sort === axis ? "name" : axis })}
            >
              {texts.axisNames[axis]}
              <span className="sr-only">{view.sort === axis ? text.sortedStrongest : text.sortByAxis}</span>
              {view.sort === axis && <span aria-hidden="true"> ↓</span>}
            </button>
          )}
        />
      )}
    </div>
  );
}
