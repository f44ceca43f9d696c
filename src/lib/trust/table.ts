// The /trust/ table: every rated project against the five axes, filtered by axis values and sorted by grade,
// with the view kept in the address (`?verification=proof,tee&sort=control`).
import { trustAxes, trustAxisSlugs, type TrustAxisSlug, type TrustGrade } from "../facts/trust-axes";
import { keepKnown, listParam, readableQuery, type UnknownFilter } from "../site/address-values";
import { compareText } from "../text/order";

export type TrustCell = { value: string; name: string; grade: TrustGrade };
/** A rated project's row, its words already in the reader's edition (built by ./rows.ts at build time). */
export type TrustTableRow = {
  slug: string;
  name: string;
  category: string;
  cells: Record<TrustAxisSlug, TrustCell>;
  /** The rosette's text alternative. */
  rosetteLabel: string;
};

export type TrustSort = "name" | TrustAxisSlug;
export type TrustView = { filters: Record<TrustAxisSlug, string[]>; sort: TrustSort };
export type TrustParameter = TrustAxisSlug | "sort";

const gradeRank: Record<TrustGrade, number> = { stronger: 0, medium: 1, weaker: 2, unknown: 3 };

const knownValues = (axis: TrustAxisSlug) => [
  ...(trustAxes.find((entry) => entry.slug === axis)?.values.map((value) => value.slug) ?? []),
  "unknown",
];

/** Reads the view from the address; values no axis has are left out and returned with the nearest real one. */
export function parseTrustView(params: URLSearchParams): {
  view: TrustView;
  unknown: UnknownFilter<TrustParameter>[];
} {
  const unknown: UnknownFilter<TrustParameter>[] = [];
  const filters = Object.fromEntries(
    trustAxisSlugs.map((axis) => [
      axis,
      keepKnown(axis, listParam(params, axis), knownValues(axis), unknown),
    ]),
  ) as Record<TrustAxisSlug, string[]>;
  const [sort] = keepKnown("sort", listParam(params, "sort"), ["name", ...trustAxisSlugs], unknown);
  return { view: { filters, sort: (sort ?? "name") as TrustSort }, unknown };
}

export const trustViewQuery = ({ filters, sort }: TrustView) =>
  readableQuery([
    ...trustAxisSlugs.map((axis) => [axis, filters[axis]] as const),
    ["sort", sort === "name" ? [] : [sort]],
  ]);

/**
 * Rows passing every axis filter (values of one axis are ORed, axes ANDed), sorted by name or by one axis's
 * grade, strongest first, unknown last, then by name.
 */
export function applyTrustView(
  rows: readonly TrustTableRow[],
  { filters, sort }: TrustView,
): TrustTableRow[] {
  const passes = (row: TrustTableRow) =>
    trustAxisSlugs.every(
      (axis) => filters[axis].length === 0 || filters[axis].includes(row.cells[axis].value),
    );
  const byName = (a: TrustTableRow, b: TrustTableRow) => compareText(a.name, b.name);
  const comparator =
    sort === "name"
      ? byName
      : (a: TrustTableRow, b: TrustTableRow) =>
          gradeRank[a.cells[sort].grade] - gradeRank[b.cells[sort].grade] || byName(a, b);
  return rows.filter(passes).sort(comparator);
}

/** How many rated and unknown cells each axis has: the coverage figure of the trust guide. */
export function trustCoverage(rows: readonly TrustTableRow[]) {
  return trustAxes.map((axis) => {
    const unknown = rows.filter((row) => row.cells[axis.slug].value === "unknown").length;
    return { axis: axis.slug, rated: rows.length - unknown, unknown };
  });
}
