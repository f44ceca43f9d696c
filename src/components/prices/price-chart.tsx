import { HorizontalBars } from "@/components/horizontal-bars";
import type { PriceRow } from "@/lib/prices/index-table";
import type { PriceTexts } from "@/lib/prices/price-texts";
import { usd } from "@/lib/prices/usd";

/** One bar per provider, cheapest at the top; the table below carries the same figures. */
export function PriceChart({
  rows,
  title,
  texts,
}: {
  rows: readonly PriceRow[];
  title: string;
  texts: PriceTexts;
}) {
  const bars = rows.map((row) => ({
    key: row.provider.slug,
    label: `${row.provider.name}${row.provider.isDecentralized ? "" : " ◇"}`,
    value: row.observation.usdPerGpuHour,
    valueText: `${usd(row.observation.usdPerGpuHour, texts.locale)}${row.isStale ? texts.staleMark : ""}`,
    muted: !row.provider.isDecentralized,
    faded: row.isStale,
  }));
  return <HorizontalBars bars={bars} title={title} labelWidth={170} chartWidth={600} className="max-w-2xl" />;
}
