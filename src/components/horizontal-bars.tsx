const rowHeight = 26;

export type ChartBar = {
  key: string;
  label: string;
  value: number;
  /** The figure printed after the bar. */
  valueText: string;
  /** Drawn grey instead of in the accent colour (a centralized baseline among networks). */
  muted?: boolean;
  /** Drawn half transparent (an old observation). */
  faded?: boolean;
};

/** A horizontal bar chart drawn as static SVG at build time; a table beside it always carries the same figures. */
export function HorizontalBars({
  bars,
  title,
  labelWidth,
  chartWidth,
  className,
}: {
  bars: readonly ChartBar[];
  title: string;
  labelWidth: number;
  chartWidth: number;
  className: string;
}) {
  const max = Math.max(...bars.map((bar) => bar.value), Number.MIN_VALUE);
  // Room after the longest bar for its printed figure.
  const barSpace = chartWidth - labelWidth - 70;
  return (
    <svg
      viewBox={`0 0 ${chartWidth} ${bars.length * rowHeight}`}
      className={`w-full text-slate-800 dark:text-slate-200 ${className}`}
      role="img"
      aria-label={title}
    >
      {bars.map((bar, index) => {
        const y = index * rowHeight;
        const width = Math.max(2, (bar.value / max) * barSpace);
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
              className={
                bar.muted ? "fill-slate-400 dark:fill-slate-500" : "fill-accent-600 dark:fill-accent-300"
              }
              opacity={bar.faded ? 0.5 : 1}
            />
            <text x={labelWidth + width + 6} y={y + 17} fontSize="13" fill="currentColor">
              {bar.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
