import type { Metadata } from "next";
import { BarChart } from "@/components/bar-chart";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CountTable } from "@/components/count-table";
import { SiteLink } from "@/components/site-link";
import { hueOf, monogram } from "@/lib/browse/monogram";
import { chainCategoryMatrix, countsByLaunchYear, countsByResource } from "@/lib/browse/stats";
import { loadContent } from "@/lib/content/load";
import { chains } from "@/lib/facts/chains";
import { resources } from "@/lib/facts/taxonomy";
import type { Locale } from "@/lib/i18n/locales";
import { localizedCategories, summaryGroups } from "@/lib/i18n/localized";
import { messages } from "@/lib/i18n/messages";
import { termName } from "@/lib/i18n/vocabulary";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";

/** /landscape/: every project as a tile, by category. */
export function landscapeRoute(locale: Locale) {
  const m = messages(locale);
  return {
    generateMetadata: (): Metadata =>
      pageMetadata({
        title: m.landscape.title,
        description: m.landscape.description,
        path: pagePaths.landscape,
        locale,
      }),
    Page: function LandscapePage() {
      const content = loadContent();
      return (
        <div className="flex flex-col gap-6">
          <div>
            <Breadcrumbs trail={[]} current={m.landscape.title} locale={locale} />
            <h1 className="mt-2 text-3xl font-bold tracking-tight">{m.landscape.title}</h1>
            <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">{m.landscape.intro}</p>
          </div>
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {summaryGroups(content, content.projects, locale).map(({ category, projects }) => (
              <section
                key={category.slug}
                aria-labelledby={`landscape-${category.slug}`}
                className="rounded-lg border border-slate-300 p-3 dark:border-slate-700"
              >
                <h2 id={`landscape-${category.slug}`} className="mb-2 text-base font-semibold">
                  <SiteLink href={pagePaths.category(category.slug)}>{category.name}</SiteLink>
                </h2>
                {/* Three small tiles a row even on a phone, so a hundred projects stay a few screens long. */}
                <ul className="grid grid-cols-3 gap-2">
                  {projects.map((project) => (
                    <li key={project.slug}>
                      <SiteLink
                        href={pagePaths.project(project.slug)}
                        className="hover:border-accent-600 flex h-full flex-col items-center gap-1 rounded-md border border-slate-200 p-1.5 text-center text-slate-900 no-underline dark:border-slate-700 dark:text-slate-100"
                      >
                        <span
                          aria-hidden="true"
                          className="flex size-8 items-center justify-center rounded-md text-xs font-bold text-white"
                          style={{ backgroundColor: `oklch(0.45 0.12 ${hueOf(project.slug)})` }}
                        >
                          {monogram(project.name)}
                        </span>
                        <span className="text-xs leading-tight font-medium">{project.name}</span>
                        {project.chainNames.length > 0 && (
                          <span className="hidden text-[11px] leading-tight text-slate-600 sm:block dark:text-slate-400">
                            {project.chainNames.slice(0, 3).join(" · ")}
                            {project.chainNames.length > 3 ? " …" : ""}
                          </span>
                        )}
                      </SiteLink>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </div>
      );
    },
  };
}

const cell = "border border-slate-200 px-2 py-1.5 dark:border-slate-700";

/** /stats/: counts by chain and category, by resource and by launch year. */
export function statsRoute(locale: Locale) {
  const m = messages(locale);
  return {
    generateMetadata: (): Metadata =>
      pageMetadata({ title: m.stats.title, description: m.stats.description, path: pagePaths.stats, locale }),
    Page: function StatsPage() {
      const content = loadContent();
      const categories = localizedCategories(content, locale);
      const { projects } = content;
      const matrix = chainCategoryMatrix(projects, chains, categories);
      const byResource = countsByResource(projects, resources).map((bar) => ({
        ...bar,
        label: termName(locale, "resources", bar.key),
      }));
      const byYear = countsByLaunchYear(projects);
      return (
        <div className="flex flex-col gap-10">
          <div>
            <Breadcrumbs trail={[]} current={m.stats.title} locale={locale} />
            <h1 className="mt-2 text-3xl font-bold tracking-tight">{m.stats.title}</h1>
            <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
              {m.stats.intro(projects.length)}
            </p>
          </div>
          <section aria-labelledby="matrix">
            <h2 id="matrix" className="mb-3 text-xl font-semibold">
              {m.stats.byChain}
            </h2>
            <div
              className="max-h-[80vh] overflow-auto"
              tabIndex={0}
              role="region"
              aria-label={m.stats.byChainCaption}
            >
              <table className="border-collapse text-sm">
                <caption className="sr-only">{m.stats.byChainCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={`${cell} text-left`}>
                      {m.stats.chain}
                    </th>
                    {categories.map((category) => (
                      <th key={category.slug} scope="col" className={`${cell} text-left font-medium`}>
                        {category.name}
                      </th>
                    ))}
                    <th scope="col" className={cell}>
                      {m.stats.total}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {matrix.map(({ chain, counts, total }) => (
                    <tr key={chain.slug}>
                      <th scope="row" className={`${cell} text-left font-medium`}>
                        <SiteLink href={pagePaths.chain(chain.slug)}>{chain.name}</SiteLink>
                      </th>
                      {counts.map((count, index) => (
                        <td key={categories[index]?.slug} className={`${cell} text-right tabular-nums`}>
                          {count > 0 ? (
                            <SiteLink
                              href={`${pagePaths.category(categories[index]?.slug ?? "")}?chain=${chain.slug}`}
                              aria-label={m.stats.cellLabel(count, chain.name, categories[index]?.name ?? "")}
                            >
                              {count}
                            </SiteLink>
                          ) : (
                            <span className="text-slate-500 dark:text-slate-400">0</span>
                          )}
                        </td>
                      ))}
                      <td className={`${cell} text-right font-medium tabular-nums`}>{total}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="by-resource" className="grid gap-6 lg:grid-cols-2">
            <div>
              <h2 id="by-resource" className="mb-3 text-xl font-semibold">
                {m.stats.byResource}
              </h2>
              <CountTable
                bars={byResource}
                heading={m.stats.resource}
                caption={m.stats.byResource}
                countHeading={m.stats.projects}
              />
            </div>
            <BarChart bars={byResource} title={m.stats.chartOf(m.stats.byResource)} />
          </section>
          <section aria-labelledby="by-year" className="grid gap-6 lg:grid-cols-2">
            <div>
              <h2 id="by-year" className="mb-3 text-xl font-semibold">
                {m.stats.byYear}
              </h2>
              <CountTable
                bars={byYear.bars}
                heading={m.stats.year}
                caption={m.stats.byYear}
                countHeading={m.stats.projects}
              />
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
                {m.stats.unknownYear(byYear.unknown)}
              </p>
            </div>
            <BarChart bars={byYear.bars} title={m.stats.chartOf(m.stats.byYear)} />
          </section>
        </div>
      );
    },
  };
}
