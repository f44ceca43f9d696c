import { HorizontalBars } from "@/components/horizontal-bars";
import type { Bar } from "@/lib/browse/stats";

/** Counts of projects as horizontal bars; the table beside it carries the same numbers. */
export function BarChart({ bars, title }: { bars: Bar[]; title: string }) {
  return (
    <HorizontalBars
      bars={bars.map((bar) => ({
        key: bar.key,
        label: bar.label,
        value: bar.count,
        valueText: String(bar.count),
      }))}
      title={title}
      labelWidth={150}
      chartWidth={560}
      className="max-w-xl"
    />
  );
}
