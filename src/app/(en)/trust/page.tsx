import type { Metadata } from "next";
import { Suspense } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { TrustExplorer } from "@/components/trust/trust-explorer";
import { TrustGuide } from "@/components/trust/trust-guide";
import { TrustTable } from "@/components/trust/trust-table";
import { loadContent } from "@/lib/content/load";
import { trustAxes } from "@/lib/facts/trust-axes";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";
import { trustCoverage, trustTableRows } from "@/lib/trust/table";

export const metadata: Metadata = pageMetadata({
  title: "Trust model",
  description:
    "Whom you trust when you use a decentralized-AI network: who checks the work, who may supply, how money moves, what cheaters risk and who holds the keys. Every rating cited.",
  path: pagePaths.trust,
});

export default function TrustPage() {
  const { projects, categories } = loadContent();
  const rows = trustTableRows(projects);
  const rated = categories.filter((category) => category.isTrustRated).map((category) => category.name);
  const coverage = trustCoverage(rows);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <Breadcrumbs trail={[]} current="Trust model" />
        <h1 className="mt-2 text-3xl font-bold tracking-tight">Trust model</h1>
        <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
          If a provider returns a wrong result, who notices? Can anyone join? Is the buyer&apos;s money held
          on-chain or billed by a company? What does a cheater lose, and who can change the rules? Every
          project in {rated.join(", ")} answers these five questions here, each answer sourced; other projects
          where it applies.
        </p>
      </div>
      <section aria-labelledby="table-heading" className="flex flex-col gap-3">
        <h2 id="table-heading" className="text-xl font-semibold">
          {rows.length} rated projects
        </h2>
        {/* Without JavaScript (and before hydration) the whole table shows, sorted by name. */}
        <Suspense fallback={<TrustTable rows={rows} />}>
          <TrustExplorer rows={rows} />
        </Suspense>
      </section>
      <section aria-labelledby="coverage" className="flex flex-col gap-2">
        <h2 id="coverage" className="text-xl font-semibold">
          What is known
        </h2>
        <table className="border-collapse text-sm">
          <caption className="sr-only">Rated and unknown answers per axis</caption>
          <thead>
            <tr>
              <th scope="col" className="px-3 py-1 text-left">
                Axis
              </th>
              <th scope="col" className="px-3 py-1 text-right">
                Rated
              </th>
              <th scope="col" className="px-3 py-1 text-right">
                Unknown
              </th>
            </tr>
          </thead>
          <tbody>
            {coverage.map((entry) => (
              <tr key={entry.axis} className="border-t border-slate-200 dark:border-slate-800">
                <th scope="row" className="px-3 py-1 text-left font-medium">
                  {trustAxes.find((axis) => axis.slug === entry.axis)?.name}
                </th>
                <td className="px-3 py-1 text-right">{entry.rated}</td>
                <td className="px-3 py-1 text-right">{entry.unknown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <TrustGuide />
    </div>
  );
}
