import { SiteLink } from "@/components/site-link";
import { TrustRosette } from "@/components/trust/trust-rosette";
import { gradeChip } from "@/components/trust/grade-style";
import { SourceMarks } from "@/components/source-marks";
import type { FactRow } from "@/lib/facts/project-facts";
import { trustAxes } from "@/lib/facts/trust-axes";
import { pagePaths } from "@/lib/site/paths";

/** The project page's trust model: the rosette beside a table of the five axes, each explained and sourced. */
export function TrustSection({ rows, editHref }: { rows: FactRow[]; editHref: string }) {
  const ratings = rows.map((row, index) => ({
    axis: trustAxes[index]!.slug,
    valueName: row.values[0]?.text ?? "Unknown",
    grade: row.values[0]?.grade ?? "unknown",
  }));
  return (
    <section aria-labelledby="trust" className="flex flex-col gap-3">
      <h2 id="trust" className="text-xl font-semibold">
        Trust model
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Whom a buyer trusts, axis by axis. Petals are longer and greener where less trust is needed; grey
        means no source settles it. <SiteLink href={pagePaths.trust}>How the axes are graded</SiteLink>.
      </p>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <TrustRosette ratings={ratings} />
        <table className="w-full border-collapse text-sm">
          <tbody>
            {rows.map((row, index) => {
              const value = row.values[0];
              const grade = value?.grade ?? "unknown";
              return (
                <tr
                  key={row.fact}
                  id={row.fact.replace(".", "-")}
                  className="border-b border-slate-200 align-top dark:border-slate-800"
                >
                  <th scope="row" className="w-40 py-2 pr-3 text-left font-medium">
                    <span aria-hidden="true" className="mr-1 text-slate-500">
                      {index + 1}
                    </span>
                    {row.label}
                    <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                      {trustAxes[index]?.question}
                    </span>
                  </th>
                  <td className="py-2">
                    <span
                      className={`mr-2 inline-block rounded border px-1.5 text-xs font-medium ${gradeChip[grade]}`}
                    >
                      {value ? `${value.text} · ${grade}` : "Unknown"}
                    </span>
                    <SourceMarks numbers={row.sourceNumbers} />
                    <p className="mt-1 text-slate-700 dark:text-slate-300">
                      {row.note ?? (
                        <>
                          Not rated yet. <a href={editHref}>Add a sourced rating</a>.
                        </>
                      )}
                    </p>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
