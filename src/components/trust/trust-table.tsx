import { SiteLink } from "@/components/site-link";
import { TrustRosette } from "@/components/trust/trust-rosette";
import { gradeChip } from "@/components/trust/grade-style";
import { trustAxes, type TrustAxisSlug } from "@/lib/facts/trust-axes";
import type { TrustTableRow } from "@/lib/trust/table";
import { pagePaths } from "@/lib/site/paths";
import type { ReactNode } from "react";

/** The table's words in the reader's edition: given by the page, so the browser carries no dictionary. */
export type TrustTableTexts = {
  project: string;
  tableLabel: string;
  caption: string;
  axisNames: Record<TrustAxisSlug, string>;
  gradeNames: Record<string, string>;
};

type Props = {
  rows: readonly TrustTableRow[];
  texts: TrustTableTexts;
  /** Column headers; the interactive table puts sort buttons there. */
  header?: (axis: TrustAxisSlug) => ReactNode;
};

/** Every rated project against the five axes; each cell links to the explanation on the project's page. */
export function TrustTable({ rows, texts, header = (axis) => texts.axisNames[axis] }: Props) {
  return (
    <div
      className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800"
      tabIndex={0}
      role="region"
      aria-label={texts.tableLabel}
    >
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{texts.caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="px-3 py-2 text-left">
              {texts.project}
            </th>
            {trustAxes.map((axis) => (
              <th key={axis.slug} scope="col" className="px-3 py-2 text-left font-medium">
                {header(axis.slug)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <span className="flex items-center gap-2">
                  <TrustRosette
                    size={36}
                    label={row.rosetteLabel}
                    ratings={trustAxes.map((axis) => ({
                      axis: axis.slug,
                      valueName: row.cells[axis.slug].name,
                      grade: row.cells[axis.slug].grade,
                    }))}
                  />
                  <SiteLink href={pagePaths.project(row.slug)}>{row.name}</SiteLink>
                </span>
              </th>
              {trustAxes.map((axis) => {
                const cell = row.cells[axis.slug];
                return (
                  <td key={axis.slug} className="px-3 py-2">
                    <SiteLink
                      href={`${pagePaths.project(row.slug)}#trust-${axis.slug}`}
                      className={`inline-block min-h-6 rounded border px-1.5 text-xs leading-6 no-underline ${gradeChip[cell.grade]}`}
                    >
                      {cell.name}
                      <span className="sr-only"> ({texts.gradeNames[cell.grade]})</span>
                    </SiteLink>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
