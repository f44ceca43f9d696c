import { SiteLink } from "@/components/site-link";
import type { PriceRow } from "@/lib/prices/index-table";
import { observationKinds, providerKinds } from "@/lib/facts/price-kinds";

const kindName = (slug: string) => observationKinds.find((kind) => kind.slug === slug)?.name ?? slug;
const providerType = (row: PriceRow) =>
  row.provider.isDecentralized
    ? "Decentralized network"
    : `Centralized: ${providerKinds.find((kind) => kind.slug === row.provider.kind)?.name ?? row.provider.kind}`;

export const usd = (value: number) => `$${value < 1 ? value.toFixed(3).replace(/0$/, "") : value.toFixed(2)}`;

/** The figures behind a chart: provider, type, price, date (stale marked), kind, the source and how it was derived. */
export function PriceTable({ rows, caption }: { rows: readonly PriceRow[]; caption: string }) {
  const cell = "px-3 py-2 align-top";
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${caption}, scrollable`}>
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left dark:border-slate-700">
            <th scope="col" className={cell}>
              Provider
            </th>
            <th scope="col" className={cell}>
              Type
            </th>
            <th scope="col" className={`${cell} text-right`}>
              $ per GPU-hour
            </th>
            <th scope="col" className={cell}>
              Observed
            </th>
            <th scope="col" className={cell}>
              Kind
            </th>
            <th scope="col" className={cell}>
              Source
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.provider.slug} className="border-b border-slate-200 dark:border-slate-800">
              <th scope="row" className={`${cell} text-left font-medium`}>
                {row.provider.isExternal ? (
                  <a href={row.provider.href} rel="noopener noreferrer">
                    {row.provider.name}
                  </a>
                ) : (
                  <SiteLink href={row.provider.href}>{row.provider.name}</SiteLink>
                )}
              </th>
              <td className={cell}>{providerType(row)}</td>
              <td className={`${cell} text-right font-mono`}>{usd(row.observation.usdPerGpuHour)}</td>
              <td className={cell}>
                {row.observation.observed}
                {row.isStale && (
                  <span className="ml-1 rounded border border-amber-600 px-1 text-xs text-amber-900 dark:border-amber-400 dark:text-amber-200">
                    stale: {row.ageDays} days old
                  </span>
                )}
              </td>
              <td className={cell}>{kindName(row.observation.kind)}</td>
              <td className={cell}>
                <a href={row.observation.url} rel="noopener noreferrer">
                  {new URL(row.observation.url).hostname.replace(/^www\./, "")}
                </a>
                {row.observation.note && (
                  <p className="mt-1 max-w-md text-xs text-slate-600 dark:text-slate-400">
                    {row.observation.raw && <>As published: {row.observation.raw}. </>}
                    {row.observation.note}
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
