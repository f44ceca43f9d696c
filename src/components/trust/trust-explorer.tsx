"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { TrustTable } from "@/components/trust/trust-table";
import { UnknownFiltersNotice } from "@/components/unknown-filters-notice";
import { trustAxes, trustValueOf, type TrustAxisSlug } from "@/lib/facts/trust-axes";
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

/** Filters by axis value and sorts by any axis's grade; the view lives in the address, so it can be shared. */
export function TrustExplorer({ rows }: { rows: TrustTableRow[] }) {
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
      <form className="flex flex-wrap items-end gap-4" aria-label="Filter the trust table">
        {trustAxes.map((axis) => (
          <label key={axis.slug} className="flex flex-col gap-1 text-sm">
            {axis.name}
            <select
              className={selectClass}
              value={view.filters[axis.slug][0] ?? ""}
              onChange={(event) => setFilter(axis.slug, event.target.value)}
            >
              <option value="">Any</option>
              {axis.values.map((value) => (
                <option key={value.slug} value={value.slug}>
                  {value.name}
                </option>
              ))}
              <option value="unknown">Unknown</option>
            </select>
          </label>
        ))}
      </form>
      <UnknownFiltersNotice
        unknown={unknown}
        nameOf={(key, slug) =>
          key === "sort"
            ? (trustAxes.find((axis) => axis.slug === slug)?.name ?? "name")
            : (trustValueOf(key, slug)?.name ?? "Unknown")
        }
        onReplace={(filter, replacement) => replace(filter.key, replacement)}
      />
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        Showing {shown.length} of {rows.length} rated projects
        {view.sort === "name" ? ", by name" : `, strongest ${view.sort} first`}
      </p>
      {shown.length === 0 ? (
        <p>
          No rated project has these values.{" "}
          <button
            type="button"
            className="underline"
            onClick={() => update({ ...parseTrustView(new URLSearchParams()).view })}
          >
            Clear the filters
          </button>
        </p>
      ) : (
        <TrustTable
          rows={shown}
          header={(axis) => (
            <button
              type="button"
              className="font-medium underline decoration-dotted underline-offset-4"
              aria-pressed={view.sort === axis.slug}
              onClick={() => update({ ...view, sort: view.sort === axis.slug ? "name" : axis.slug })}
            >
              {axis.name}
              <span className="sr-only">
                {view.sort === axis.slug ? ", sorted strongest first" : ", sort by this axis"}
              </span>
              {view.sort === axis.slug && <span aria-hidden="true"> ↓</span>}
            </button>
          )}
        />
      )}
    </div>
  );
}
