import { SiteLink } from "@/components/site-link";
import { usd } from "@/components/prices/price-table";
import { gpuModels } from "@/lib/facts/gpus";
import type { PriceObservation } from "@/lib/prices/schema";
import { pagePaths } from "@/lib/site/paths";

/** A network's newest price per GPU model, or the plain statement that it publishes none we could find. */
export function ProjectPrices({
  observations,
  checked,
}: {
  observations: PriceObservation[];
  checked: string;
}) {
  return (
    <section aria-labelledby="prices" className="flex flex-col gap-2">
      <h2 id="prices" className="text-xl font-semibold">
        GPU prices
      </h2>
      {observations.length === 0 ? (
        <p>
          No public price: we found no per-GPU price published by this network (checked {checked}). See the{" "}
          <SiteLink href={pagePaths.prices}>price index</SiteLink> for networks that publish theirs.
        </p>
      ) : (
        <>
          <ul className="flex flex-col gap-1 text-sm">
            {observations.map((observation) => {
              const gpu = gpuModels.find((model) => model.slug === observation.gpu);
              return (
                <li key={observation.gpu}>
                  <SiteLink href={pagePaths.gpu(observation.gpu)}>{gpu?.name ?? observation.gpu}</SiteLink>:{" "}
                  <span className="font-mono">{usd(observation.usdPerGpuHour)}</span> per GPU-hour (
                  {observation.kind}, {observation.observed},{" "}
                  <a href={observation.url} rel="noopener noreferrer">
                    {new URL(observation.url).hostname.replace(/^www\./, "")}
                  </a>
                  )
                </li>
              );
            })}
          </ul>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Compared with other networks and the big clouds on the{" "}
            <SiteLink href={pagePaths.prices}>price index</SiteLink>.
          </p>
        </>
      )}
    </section>
  );
}
