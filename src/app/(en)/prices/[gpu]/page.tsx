import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { GpuPriceSection } from "@/components/prices/gpu-price-section";
import { usd } from "@/components/prices/price-table";
import { SiteLink } from "@/components/site-link";
import { loadContent } from "@/lib/content/load";
import { gpuModels } from "@/lib/facts/gpus";
import { currentPrices, priceHistory, pricedGpus } from "@/lib/prices/index-table";
import { observationKinds } from "@/lib/facts/price-kinds";
import { pageMetadata } from "@/lib/publish/metadata";
import { buildDate } from "@/lib/site/build-date";
import { pagePaths } from "@/lib/site/paths";

type Props = { params: Promise<{ gpu: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pricedGpus(loadContent().prices).map((gpu) => ({ gpu: gpu.slug }));
}

const findGpu = async (params: Props["params"]) => {
  const { gpu } = await params;
  return gpuModels.find((entry) => entry.slug === gpu);
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const model = await findGpu(params);
  if (!model) return {};
  return pageMetadata({
    title: `${model.name}: price per GPU-hour`,
    description: `What an hour of an ${model.name} costs on decentralized networks and centralized clouds, dated and sourced.`,
    path: pagePaths.gpu(model.slug),
  });
}

const kindName = (slug: string) => observationKinds.find((kind) => kind.slug === slug)?.name ?? slug;

export default async function GpuPricePage({ params }: Props) {
  const gpu = await findGpu(params);
  if (!gpu) notFound();
  const { projects, prices } = loadContent();
  const rows = currentPrices(prices, projects, gpu.slug, buildDate);
  const history = priceHistory(prices, projects, gpu.slug);
  return (
    <div className="flex flex-col gap-8">
      <Breadcrumbs trail={[{ href: pagePaths.prices, label: "GPU prices" }]} current={gpu.name} />
      <h1 className="text-3xl font-bold tracking-tight">{gpu.name}: price per GPU-hour</h1>
      <GpuPriceSection gpu={gpu} rows={rows} headingLevel={2} />
      <section aria-labelledby="history" className="flex flex-col gap-3">
        <h2 id="history" className="text-xl font-semibold">
          History
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Every observation of the {gpu.name} in the directory, per provider, newest first.
        </p>
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
                  {observation.observed}: {usd(observation.usdPerGpuHour)} (
                  {kindName(observation.kind).toLowerCase()},{" "}
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
}
