import type { PriceRow } from "@/lib/prices/index-table";
import type { PriceTexts } from "@/lib/prices/price-texts";
import { usd } from "@/lib/prices/usd";

const rowHeight = 26;
const labelWidth = 170;
const chartWidth = 600;

/** One bar per provider, cheapest at the top; drawn at build time, the table below carries the same figures. */
export function PriceChart({
  rows,
  title,
  texts,
}: {
  rows: readonly PriceRow[];
  title: string;
  texts: PriceTexts;
}) {
  const max = Math.max(...rows.map((row) => row.observation.usdPerGpuHour), 0.01);
  const barSpace = chartWidth - labelWidth - 70;
  return (
    <svg
      viewBox={`0 0 ${chartWidth} ${rows.length * rowHeight}`}
      className="w-full max-w-2xl text-slate-800 dark:text-slate-200"
      role="img"
      aria-label={title}
    >
      {rows.map((row, index) => {
        const y = index * rowHeight;
        const width = Math.max(2, (row.observation.usdPerGpuHour / max) * barSpace);
        return (
          <g key={row.provider.slug}>
            <text x={labelWidth - 8} y={y + 17} textAnchor="end" fontSize="13" fill="currentColor">
              {row.provider.name}
              {row.provider.isDecentralized ? "" : " ◇"}
            </text>
            <rect
              x={labelWidth}
              y={y + 5}
              width={width}
              height={rowHeight - 10}
              rx="3"
              className={
                row.provider.isDecentralized
                  ? "fill-accent-600 dark:fill-accent-300"
                  : "fill-slate-400 dark:fill-slate-500"
              }
              opacity={row.isStale ? 0.5 : 1}
            />
            <text x={labelWidth + width + 6} y={y + 17} fontSize="13" fill="currentColor">
              {usd(row.observation.usdPerGpuHour, texts.locale)}
              {row.isStale ? texts.staleMark : ""}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
