import { SiteLink } from "@/components/site-link";
import { PriceChart } from "@/components/prices/price-chart";
import { PriceTable } from "@/components/prices/price-table";
import type { GpuModel } from "@/lib/facts/gpus";
import { format } from "@/lib/i18n/messages/client-en";
import type { PriceRow } from "@/lib/prices/index-table";
import type { PriceTexts } from "@/lib/prices/price-texts";
import { pagePaths } from "@/lib/site/paths";

type Props = { gpu: GpuModel; rows: PriceRow[]; texts: PriceTexts; headingLevel?: 2 | 3 };

/** One GPU model on the index: its chart and table, or a line saying no current price is known. */
export function GpuPriceSection({ gpu, rows, texts, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`gpu-${gpu.slug}`} className="flex flex-col gap-3">
      <Heading id={`gpu-${gpu.slug}`} className="text-xl font-semibold">
        <SiteLink href={pagePaths.gpu(gpu.slug)}>{gpu.name}</SiteLink>
      </Heading>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {gpu.vendor}, {gpu.memoryGb} GB. {texts.gpuDescriptions[gpu.slug]}
      </p>
      {rows.length === 0 ? (
        <p>{texts.noCurrent}</p>
      ) : (
        <>
          <PriceChart rows={rows} title={format(texts.chartTitle, { gpu: gpu.name })} texts={texts} />
          <PriceTable rows={rows} caption={format(texts.tableCaption, { gpu: gpu.name })} texts={texts} />
        </>
      )}
    </section>
  );
}
