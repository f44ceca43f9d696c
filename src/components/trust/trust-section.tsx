import { SiteLink } from "@/components/site-link";
import { TrustRosette } from "@/components/trust/trust-rosette";
import { gradeChip } from "@/components/trust/grade-style";
import { SourceMarks } from "@/components/source-marks";
import type { FactRow } from "@/lib/facts/project-facts";
import { trustAxes } from "@/lib/facts/trust-axes";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { termName, vocabularyTexts } from "@/lib/i18n/vocabulary";
import { pagePaths } from "@/lib/site/paths";
import { rosetteLabel } from "@/lib/trust/rows";

/** The project page's trust model: the rosette beside a table of the five axes, each explained and sourced. */
export function TrustSection({
  rows,
  editHref,
  locale,
}: {
  rows: FactRow[];
  editHref: string;
  locale: Locale;
}) {
  const m = messages(locale);
  const axisTexts = vocabularyTexts(locale).trustAxes;
  const ratings = rows.map((row, index) => ({
    axis: trustAxes[index]!.slug,
    valueName: row.values[0]?.text ?? m.trust.unknown,
    grade: row.values[0]?.grade ?? "unknown",
  }));
  return (
    <section aria-labelledby="trust" className="flex flex-col gap-3">
      <h2 id="trust" className="text-xl font-semibold">
        {m.trust.title}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {m.trust.sectionIntro} <SiteLink href={pagePaths.trust}>{m.trust.howGraded}</SiteLink>.
      </p>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <TrustRosette ratings={ratings} label={rosetteLabel(locale, ratings)} />
        <table className="w-full border-collapse text-sm">
          <tbody>
            {rows.map((row, index) => {
              const value = row.values[0];
              const grade = value?.grade ?? "unknown";
              const axis = trustAxes[index]!.slug;
              return (
                <tr
                  key={row.fact}
                  id={`trust-${axis}`}
                  className="border-b border-slate-200 align-top dark:border-slate-800"
                >
                  <th scope="row" className="w-40 py-2 pr-3 text-left font-medium">
                    <span aria-hidden="true" className="mr-1 text-slate-500">
                      {index + 1}
                    </span>
                    {row.label}
                    <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                      {axisTexts[axis]?.question}
                    </span>
                  </th>
                  <td className="py-2">
                    <span
                      className={`mr-2 inline-block rounded border px-1.5 text-xs font-medium ${gradeChip[grade]}`}
                    >
                      {value ? `${value.text} · ${termName(locale, "grades", grade)}` : m.trust.unknown}
                    </span>
                    <SourceMarks numbers={row.sourceNumbers} locale={locale} />
                    <p className="mt-1 text-slate-700 dark:text-slate-300">
                      {row.note ?? (
                        <>
                          {m.trust.notRated} <a href={editHref}>{m.trust.addRating}</a>.
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
