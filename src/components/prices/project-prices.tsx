import { SiteLink } from "@/components/site-link";
import { usd } from "@/lib/prices/usd";
import { gpuModels } from "@/lib/facts/gpus";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { termName } from "@/lib/i18n/vocabulary";
import type { PriceObservation } from "@/lib/prices/schema";
import { pagePaths } from "@/lib/site/paths";
import { dayText } from "@/lib/text/dates";

type Props = { observations: PriceObservation[]; checked: string; locale: Locale };

/** A network's newest price per GPU model, or the plain statement that it publishes none we could find. */
export function ProjectPrices({ observations, checked, locale }: Props) {
  const { prices } = messages(locale);
  return (
    <section aria-labelledby="prices" className="flex flex-col gap-2">
      <h2 id="prices" className="text-xl font-semibold">
        {prices.projectHeading}
      </h2>
      {observations.length === 0 ? (
        <p>
          {prices.noPublicPrice(dayText(checked, locale))}{" "}
          <SiteLink href={pagePaths.prices}>{prices.indexLink}</SiteLink> {prices.forNetworksThatPublish}
        </p>
      ) : (
        <>
          <ul className="flex flex-col gap-1 text-sm">
            {observations.map((observation) => (
              <li key={observation.gpu}>
                <SiteLink href={pagePaths.gpu(observation.gpu)}>
                  {gpuModels.find((model) => model.slug === observation.gpu)?.name ?? observation.gpu}
                </SiteLink>
                : <span className="font-mono">{usd(observation.usdPerGpuHour, locale)}</span>{" "}
                {prices.perGpuHourShort} (
                {termName(locale, "observationKinds", observation.kind).toLowerCase()},{" "}
                {dayText(observation.observed, locale)},{" "}
                <a href={observation.url} rel="noopener noreferrer">
                  {new URL(observation.url).hostname.replace(/^www\./, "")}
                </a>
                )
              </li>
            ))}
          </ul>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {prices.comparedOn} <SiteLink href={pagePaths.prices}>{prices.indexLink}</SiteLink>.
          </p>
        </>
      )}
    </section>
  );
}
