import { SiteLink } from "@/components/site-link";
import { format } from "@/lib/i18n/messages/client-en";
import type { PriceRow } from "@/lib/prices/index-table";
import type { PriceTexts } from "@/lib/prices/price-texts";
import { usd } from "@/lib/prices/usd";
import { dayText } from "@/lib/text/dates";

/** The figures behind a chart: provider, type, price, date (stale marked), kind, the source and how it was derived. */
export function PriceTable({
  rows,
  caption,
  texts,
}: {
  rows: readonly PriceRow[];
  caption: string;
  texts: PriceTexts;
}) {
  const cell = "px-3 py-2 align-top";
  const providerType = (row: PriceRow) =>
    row.provider.isDecentralized
      ? texts.decentralized
      : (texts.centralized[row.provider.kind] ?? row.provider.kind);
  return (
    <div
      className="overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label={format(texts.scrollable, { caption })}
    >
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left dark:border-slate-700">
            <th scope="col" className={cell}>
              {texts.provider}
            </th>
            <th scope="col" className={cell}>
              {texts.type}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {texts.perGpuHour}
            </th>
            <th scope="col" className={cell}>
              {texts.observed}
            </th>
            <th scope="col" className={cell}>
              {texts.kind}
            </th>
            <th scope="col" className={cell}>
              {texts.source}
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
              <td className={`${cell} text-right font-mono`}>
                {usd(row.observation.usdPerGpuHour, texts.locale)}
              </td>
              <td className={cell}>
                {dayText(row.observation.observed, texts.locale)}
                {row.isStale && (
                  <span className="ml-1 rounded border border-amber-600 px-1 text-xs text-amber-900 dark:border-amber-400 dark:text-amber-200">
                    {format(texts.stale, { days: row.ageDays })}
                  </span>
                )}
              </td>
              <td className={cell}>{texts.kinds[row.observation.kind] ?? row.observation.kind}</td>
              <td className={cell}>
                <a href={row.observation.url} rel="noopener noreferrer">
                  {new URL(row.observation.url).hostname.replace(/^www\./, "")}
                </a>
                {row.observation.note && (
                  <p className="mt-1 max-w-md text-xs text-slate-600 dark:text-slate-400">
                    {row.observation.raw && <>{format(texts.asPublished, { raw: row.observation.raw })} </>}
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
