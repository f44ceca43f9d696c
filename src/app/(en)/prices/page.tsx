import type { Metadata } from "next";
import { Suspense } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { GpuPriceSection } from "@/components/prices/gpu-price-section";
import { PriceExplorer } from "@/components/prices/price-explorer";
import { loadContent } from "@/lib/content/load";
import { currentForDays, currentPrices, pricedGpus, staleAfterDays } from "@/lib/prices/index-table";
import { observationKinds } from "@/lib/facts/price-kinds";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";
import { buildDate } from "@/lib/site/build-date";

export const metadata: Metadata = pageMetadata({
  title: "GPU price index",
  description:
    "What an hour of an H100, A100, RTX 4090 and other GPUs costs on decentralized networks, next to the big clouds: dollars per GPU-hour, dated and sourced.",
  path: pagePaths.prices,
});

export default function PricesPage() {
  const { projects, prices } = loadContent();
  const sections = pricedGpus(prices).map((gpu) => ({
    gpu,
    rows: currentPrices(prices, projects, gpu.slug, buildDate),
  }));
  return (
    <div className="flex flex-col gap-8">
      <div>
        <Breadcrumbs trail={[]} current="GPU prices" />
        <h1 className="mt-2 text-3xl font-bold tracking-tight">GPU price index</h1>
        <div className="mt-3 flex max-w-3xl flex-col gap-2 text-slate-700 dark:text-slate-300">
          <p>
            Dollars for one GPU for one hour, per GPU model, from each provider&apos;s newest published
            figure. Decentralized networks are drawn in colour; centralized clouds, shown as a baseline, in
            grey and marked ◇. Where a source prices a whole machine or uses another unit, the table shows the
            figure as published and how it was divided; nothing is estimated.
          </p>
          <p>
            Kinds:{" "}
            {observationKinds
              .map(
                (kind) => `${kind.name.toLowerCase()} (${kind.description.toLowerCase().replace(/\.$/, "")})`,
              )
              .join("; ")}
            . A figure older than {staleAfterDays} days is marked stale; one older than {currentForDays} days
            leaves the table and stays in the model&apos;s history. Networks that publish no price say so on
            their page.
          </p>
        </div>
      </div>
      <Suspense
        fallback={sections.map((section) => (
          <GpuPriceSection key={section.gpu.slug} gpu={section.gpu} rows={section.rows} />
        ))}
      >
        <PriceExplorer sections={sections} />
      </Suspense>
    </div>
  );
}
