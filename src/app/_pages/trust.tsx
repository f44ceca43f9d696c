import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { TrustExplorer } from "@/components/trust/trust-explorer";
import { TrustGuide } from "@/components/trust/trust-guide";
import { loadContent } from "@/lib/content/load";
import { trustAxes, trustAxisSlugs, type TrustAxisSlug } from "@/lib/facts/trust-axes";
import type { Locale } from "@/lib/i18n/locales";
import { localizedCategories } from "@/lib/i18n/localized";
import { messages } from "@/lib/i18n/messages";
import { vocabularyTexts } from "@/lib/i18n/vocabulary";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";
import { trustTableRows } from "@/lib/trust/rows";
import { trustCoverage } from "@/lib/trust/table";

export function trustRoute(locale: Locale) {
  const m = messages(locale);
  return {
    generateMetadata: (): Metadata =>
      pageMetadata({
        title: m.trust.title,
        description: m.trust.metaDescription,
        path: pagePaths.trust,
        locale,
      }),
    Page: function TrustPage() {
      const content = loadContent();
      const rows = trustTableRows(content.projects, locale);
      const rated = localizedCategories(content, locale)
        .filter((category) => category.isTrustRated)
        .map((category) => category.name);
      const coverage = trustCoverage(rows);
      const { trustAxes: axisTexts, grades } = vocabularyTexts(locale);
      const texts = {
        project: m.trust.project,
        tableLabel: m.trust.tableLabel,
        caption: m.trust.tableCaption,
        axisNames: Object.fromEntries(trustAxisSlugs.map((axis) => [axis, axisTexts[axis]!.name])) as Record<
          TrustAxisSlug,
          string
        >,
        gradeNames: Object.fromEntries(Object.entries(grades).map(([slug, grade]) => [slug, grade.name])),
        valueNames: Object.fromEntries(
          trustAxes.map((axis) => [
            axis.slug,
            Object.fromEntries(
              axis.values.map((value) => [value.slug, axisTexts[axis.slug]!.values[value.slug]!.name]),
            ),
          ]),
        ) as Record<TrustAxisSlug, Record<string, string>>,
      };
      return (
        <div className="flex flex-col gap-8">
          <div>
            <Breadcrumbs trail={[]} current={m.trust.title} locale={locale} />
            <h1 className="mt-2 text-3xl font-bold tracking-tight">{m.trust.title}</h1>
            <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
              {m.trust.intro(rated.join(", "))}
            </p>
          </div>
          <section aria-labelledby="table-heading" className="flex flex-col gap-3">
            <h2 id="table-heading" className="text-xl font-semibold">
              {m.trust.ratedProjects(rows.length)}
            </h2>
            {/* Prerendered with every project, sorted by name: that is the page without JavaScript. */}
            <TrustExplorer rows={rows} texts={texts} />
          </section>
          <section aria-labelledby="coverage" className="flex flex-col gap-2">
            <h2 id="coverage" className="text-xl font-semibold">
              {m.trust.known}
            </h2>
            <table className="border-collapse text-sm">
              <caption className="sr-only">{m.trust.coverageCaption}</caption>
              <thead>
                <tr>
                  <th scope="col" className="px-3 py-1 text-left">
                    {m.trust.axis}
                  </th>
                  <th scope="col" className="px-3 py-1 text-right">
                    {m.trust.rated}
                  </th>
                  <th scope="col" className="px-3 py-1 text-right">
                    {m.trust.unknown}
                  </th>
                </tr>
              </thead>
              <tbody>
                {coverage.map((entry) => (
                  <tr key={entry.axis} className="border-t border-slate-200 dark:border-slate-800">
                    <th scope="row" className="px-3 py-1 text-left font-medium">
                      {texts.axisNames[entry.axis as TrustAxisSlug]}
                    </th>
                    <td className="px-3 py-1 text-right">{entry.rated}</td>
                    <td className="px-3 py-1 text-right">{entry.unknown}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <TrustGuide locale={locale} />
        </div>
      );
    },
  };
}
