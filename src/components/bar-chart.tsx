import type { Bar } from "@/lib/browse/stats";

type Props = { bars: Bar[]; title: string };

const rowHeight = 26;
const labelWidth = 150;
const chartWidth = 560;

/** A horizontal bar chart drawn as static SVG at build time; the table beside it carries the same numbers. */
export function BarChart({ bars, title }: Props) {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const barSpace = chartWidth - labelWidth - 40;
  return (
    <svg
      viewBox={`0 0 ${chartWidth} ${bars.length * rowHeight}`}
      className="w-full max-w-xl text-slate-800 dark:text-slate-200"
      role="img"
      aria-label={title}
    >
      {bars.map((bar, index) => {
        const y = index * rowHeight;
        const width = Math.max(2, (bar.count / max) * barSpace);
        return (
          <g key={bar.key}>
            <text x={labelWidth - 8} y={y + 17} textAnchor="end" fontSize="13" fill="currentColor">
              {bar.label}
            </text>
            <rect
              x={labelWidth}
              y={y + 5}
              width={width}
              height={rowHeight - 10}
              rx="3"
              className="fill-accent-600 dark:fill-accent-300"
            />
            <text x={labelWidth + width + 6} y={y + 17} fontSize="13" fill="currentColor">
              {bar.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
