import { SiteLink } from "@/components/site-link";
import { PriceChart } from "@/components/prices/price-chart";
import { PriceTable } from "@/components/prices/price-table";
import type { GpuModel } from "@/lib/facts/gpus";
import type { PriceRow } from "@/lib/prices/index-table";
import { pagePaths } from "@/lib/site/paths";

/** One GPU model on the index: its chart and table, or a line saying no current price is known. */
export function GpuPriceSection({
  gpu,
  rows,
  headingLevel = 2,
}: {
  gpu: GpuModel;
  rows: PriceRow[];
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`gpu-${gpu.slug}`} className="flex flex-col gap-3">
      <Heading id={`gpu-${gpu.slug}`} className="text-xl font-semibold">
        <SiteLink href={pagePaths.gpu(gpu.slug)}>{gpu.name}</SiteLink>
      </Heading>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {gpu.vendor}, {gpu.memoryGb} GB. {gpu.description}
      </p>
      {rows.length === 0 ? (
        <p>No price from the last year.</p>
      ) : (
        <>
          <PriceChart rows={rows} title={`${gpu.name}: dollars per GPU-hour by provider, cheapest first`} />
          <PriceTable rows={rows} caption={`${gpu.name} prices per GPU-hour`} />
        </>
      )}
    </section>
  );
}
