import { SiteLink } from "@/components/site-link";
import { TrustRosette } from "@/components/trust/trust-rosette";
import { gradeChip } from "@/components/trust/grade-style";
import { trustAxes } from "@/lib/facts/trust-axes";
import type { TrustTableRow } from "@/lib/trust/table";
import { pagePaths } from "@/lib/site/paths";
import type { ReactNode } from "react";

type Props = {
  rows: readonly TrustTableRow[];
  /** Column headers; the interactive table puts sort buttons there. */
  header?: (axis: (typeof trustAxes)[number]) => ReactNode;
};

/** Every rated project against the five axes; each cell links to the explanation on the project's page. */
export function TrustTable({ rows, header = (axis) => axis.name }: Props) {
  return (
    <div
      className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800"
      tabIndex={0}
      role="region"
      aria-label="Trust table, scrollable"
    >
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">Trust model of every rated project, one column per axis</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="px-3 py-2 text-left">
              Project
            </th>
            {trustAxes.map((axis) => (
              <th key={axis.slug} scope="col" className="px-3 py-2 text-left font-medium">
                {header(axis)}
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
                    projectName={row.name}
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
                      <span className="sr-only"> ({cell.grade})</span>
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
