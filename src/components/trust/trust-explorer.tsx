"use client";

import { FilterForm, FilterSelect } from "@/components/filter-select";
import { TrustTable, type TrustTableTexts } from "@/components/trust/trust-table";
import { UnknownFiltersNotice } from "@/components/unknown-filters-notice";
import { useAddressQuery, useHydrated } from "@/components/use-address-query";
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

type Props = {
  rows: TrustTableRow[];
  texts: TrustTableTexts & { valueNames: Record<TrustAxisSlug, Record<string, string>> };
};

/** Filters by axis value and sorts by any axis's grade; the view lives in the address, so it can be shared. */
export function TrustExplorer({ rows, texts }: Props) {
  const { trust: text, common } = useMessages();
  const [query, replaceQuery] = useAddressQuery();
  const hydrated = useHydrated();
  const { view, unknown } = parseTrustView(new URLSearchParams(query));
  const shown = applyTrustView(rows, view);
  const update = (next: TrustView) => replaceQuery(trustViewQuery(next));
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
      <FilterForm label={text.form}>
        {trustAxes.map((axis) => (
          <FilterSelect
            key={axis.slug}
            label={texts.axisNames[axis.slug]}
            value={view.filters[axis.slug][0] ?? ""}
            anyLabel={text.any}
            options={[
              ...axis.values.map(({ slug }) => ({
                value: slug,
                name: texts.valueNames[axis.slug][slug] ?? slug,
              })),
              { value: "unknown", name: common.unknown },
            ]}
            onChange={(value) => setFilter(axis.slug, value)}
          />
        ))}
      </FilterForm>
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
          header={(axis) =>
            hydrated ? (
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
            ) : (
              texts.axisNames[axis]
            )
          }
        />
      )}
    </div>
  );
}
