// Nosana markets API, GET https://api.nosana.com/api/markets/: one market per GPU type with its hourly price.
// Shape from Nosana's own pricing page source, nosana-ci/nosana.com public/pricing.md (commit 780fd0c): an array of
// { name, type (PREMIUM | COMMUNITY | OTHER), usd_reward_per_hour, nos_job_price_per_second, metadata }.
import { z } from "zod";
import type { FeedResult } from "./feed";
import { gpuSlugFor } from "./gpu-names";

export const nosanaFeedUrl = "https://api.nosana.com/api/markets/";

const responseSchema = z.array(
  z.object({ name: z.string(), type: z.string(), usd_reward_per_hour: z.number().nullable().optional() }),
);

/**
 * The hourly price of each single-GPU premium market. Multi-GPU ("OTHER") markets are skipped rather than divided,
 * and community markets too: premium markets are the ones Nosana prices on its site.
 */
export function parseNosanaMarkets(body: unknown, observed: string): FeedResult {
  const result: FeedResult = { observations: [], skipped: [] };
  for (const market of responseSchema.parse(body)) {
    if (market.type !== "PREMIUM") {
      result.skipped.push(`${market.name}: not a premium single-GPU market (${market.type})`);
      continue;
    }
    const gpu = gpuSlugFor({ model: market.name });
    if (!gpu || !market.usd_reward_per_hour) {
      result.skipped.push(`${market.name}: ${gpu ? "no price" : "no such model in the GPU vocabulary"}`);
      continue;
    }
    result.observations.push({
      gpu,
      usdPerGpuHour: market.usd_reward_per_hour,
      observed,
      kind: "list",
      url: nosanaFeedUrl,
      note: `usd_reward_per_hour of the ${market.name} market, what the host is paid; Nosana's dashboard adds its network fee on top`,
    });
  }
  return result;
}
