import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { GpuPriceSection } from "@/components/prices/gpu-price-section";
import { PriceExplorer } from "@/components/prices/price-explorer";
import { SiteLink } from "@/components/site-link";
import { loadContent } from "@/lib/content/load";
import { gpuModels } from "@/lib/facts/gpus";
import { observationKinds } from "@/lib/facts/price-kinds";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { termDescription, termName } from "@/lib/i18n/vocabulary";
import {
  currentForDays,
  currentPrices,
  priceHistory,
  pricedGpus,
  staleAfterDays,
} from "@/lib/prices/index-table";
import { priceTexts } from "@/lib/prices/price-texts";
import { usd } from "@/lib/prices/usd";
import { pageMetadata } from "@/lib/publish/metadata";
import { buildDate } from "@/lib/site/build-date";
import { pagePaths } from "@/lib/site/paths";
import { dayText } from "@/lib/text/dates";

type Props = { params: Promise<{ gpu: string }> };

export function pricesRoute(locale: Locale) {
  const m = messages(locale);
  return {
    generateMetadata: (): Metadata =>
      pageMetadata({
        title: m.prices.title,
        description: m.prices.metaDescription,
        path: pagePaths.prices,
        locale,
      }),
    Page: function PricesPage() {
      const { projects, prices } = loadContent();
      const gpus = pricedGpus(prices);
      const sections = gpus.map((gpu) => ({
        gpu,
        rows: currentPrices(prices, projects, gpu.slug, buildDate),
      }));
      const texts = priceTexts(locale, gpus);
      const kinds = observationKinds
        .map(
          (kind) =>
            `${termName(locale, "observationKinds", kind.slug).toLowerCase()} (${termDescription(locale, "observationKinds", kind.slug).toLowerCase().replace(/\.$/, "")})`,
        )
        .join("; ");
      return (
        <div className="flex flex-col gap-8">
          <div>
            <Breadcrumbs trail={[]} current={m.prices.crumb} locale={locale} />
            <h1 className="mt-2 text-3xl font-bold tracking-tight">{m.prices.title}</h1>
            <div className="mt-3 flex max-w-3xl flex-col gap-2 text-slate-700 dark:text-slate-300">
              <p>{m.prices.intro}</p>
              <p>{m.prices.kinds(kinds, staleAfterDays, currentForDays)}</p>
            </div>
          </div>
          {/* Prerendered with every GPU model and provider: that is the page without JavaScript. */}
          <PriceExplorer sections={sections} texts={texts} />
        </div>
      );
    },
  };
}

const findGpu = async (params: Props["params"]) => {
  const { gpu } = await params;
  return gpuModels.find((entry) => entry.slug === gpu);
};

export function gpuPricesRoute(locale: Locale) {
  const m = messages(locale);
  return {
    generateStaticParams: () => pricedGpus(loadContent().prices).map((gpu) => ({ gpu: gpu.slug })),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const model = await findGpu(params);
      if (!model) return {};
      return pageMetadata({
        title: m.prices.gpuTitle(model.name),
        description: m.prices.gpuMetaDescription(model.name),
        path: pagePaths.gpu(model.slug),
        locale,
      });
    },
    Page: async function GpuPricePage({ params }: Props) {
      const gpu = await findGpu(params);
      if (!gpu) notFound();
      const { projects, prices } = loadContent();
      const rows = currentPrices(prices, projects, gpu.slug, buildDate);
      const history = priceHistory(prices, projects, gpu.slug);
      return (
        <div className="flex flex-col gap-8">
          <Breadcrumbs
            trail={[{ href: pagePaths.prices, label: m.prices.crumb }]}
            current={gpu.name}
            locale={locale}
          />
          <h1 className="text-3xl font-bold tracking-tight">{m.prices.gpuTitle(gpu.name)}</h1>
          <GpuPriceSection gpu={gpu} rows={rows} texts={priceTexts(locale, [gpu])} headingLevel={2} />
          <section aria-labelledby="history" className="flex flex-col gap-3">
            <h2 id="history" className="text-xl font-semibold">
              {m.prices.history}
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">{m.prices.historyIntro(gpu.name)}</p>
            {history.map(({ provider, observations }) => (
              <section key={provider.slug} aria-labelledby={`history-${provider.slug}`}>
                <h3 id={`history-${provider.slug}`} className="font-semibold">
                  {provider.isExternal ? (
                    provider.name
                  ) : (
                    <SiteLink href={provider.href}>{provider.name}</SiteLink>
                  )}
                </h3>
                <ul className="mt-1 text-sm">
                  {observations.map((observation) => (
                    <li key={`${observation.observed}-${observation.url}-${observation.usdPerGpuHour}`}>
                      {dayText(observation.observed, locale)}: {usd(observation.usdPerGpuHour, locale)} (
                      {termName(locale, "observationKinds", observation.kind).toLowerCase()},{" "}
                      <a href={observation.url} rel="noopener noreferrer">
                        {new URL(observation.url).hostname.replace(/^www\./, "")}
                      </a>
                      )
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
        </div>
      );
    },
  };
}
