import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/metadata";
import { SiteLink } from "@/components/site-link";
import { BarChart } from "@/components/bar-chart";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CountTable } from "@/components/count-table";
import { loadContent } from "@/lib/content/load";
import { chainCategoryMatrix, countsByLaunchYear, countsByResource } from "@/lib/browse/stats";
import { chains } from "@/lib/facts/chains";
import { resources } from "@/lib/facts/taxonomy";
import { pagePaths } from "@/lib/site/paths";

export const metadata: Metadata = pageMetadata({
  title: "Statistics",
  description:
    "How many decentralized-AI projects the directory lists per chain and category, per resource and per launch year.",
  path: pagePaths.stats,
});

const cell = "border border-slate-200 px-2 py-1.5 dark:border-slate-700";

export default function StatsPage() {
  const { projects, categories } = loadContent();
  const matrix = chainCategoryMatrix(projects, chains, categories);
  const byResource = countsByResource(projects, resources);
  const byYear = countsByLaunchYear(projects);
  return (
    <div className="flex flex-col gap-10">
      <div>
        <Breadcrumbs trail={[]} current="Statistics" />
        <h1 className="mt-2 text-3xl font-bold tracking-tight">Statistics</h1>
        <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
          Counts over the {projects.length} projects in the directory. A project on several chains counts once
          per chain.
        </p>
      </div>
      <section aria-labelledby="matrix">
        <h2 id="matrix" className="mb-3 text-xl font-semibold">
          Projects by chain and category
        </h2>
        <div className="overflow-x-auto">
          <table className="border-collapse text-sm">
            <caption className="sr-only">Number of projects per chain (rows) and category (columns)</caption>
            <thead>
              <tr>
                <th scope="col" className={`${cell} text-left`}>
                  Chain
                </th>
                {categories.map((category) => (
                  <th key={category.slug} scope="col" className={`${cell} text-left font-medium`}>
                    {category.name}
                  </th>
                ))}
                <th scope="col" className={cell}>
                  Total
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
                          aria-label={`${count} ${chain.name} projects in ${categories[index]?.name}`}
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
            Projects by resource supplied
          </h2>
          <CountTable bars={byResource} heading="Resource" caption="Projects per resource supplied" />
        </div>
        <BarChart bars={byResource} title="Bar chart of projects per resource supplied" />
      </section>
      <section aria-labelledby="by-year" className="grid gap-6 lg:grid-cols-2">
        <div>
          <h2 id="by-year" className="mb-3 text-xl font-semibold">
            Projects by launch year
          </h2>
          <CountTable bars={byYear.bars} heading="Year" caption="Projects per launch year" />
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            {byYear.unknown} project{byYear.unknown === 1 ? " has" : "s have"} no sourced launch year.
          </p>
        </div>
        <BarChart bars={byYear.bars} title="Bar chart of projects per launch year" />
      </section>
    </div>
  );
}
