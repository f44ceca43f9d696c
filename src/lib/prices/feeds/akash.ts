// Akash Console API, GET /v1/gpu-prices: per-GPU-hour statistics of providers' recent bids, by GPU model.
// Response shape from akash-network/console, apps/api/src/gpu/http-schemas/gpu.schema.ts (GpuPricesResponseSchema,
// commit d84c9e93, 2026-08-22): { availability, models: [{ vendor, model, ram, interface, availability,
// providerAvailability, price: { currency, min, max, avg, weightedAverage, med } | null }] }.
import { z } from "zod";
import type { FeedResult } from "./feed";
import { gpuSlugFor } from "./gpu-names";

export const akashFeedUrl = "https://console-api.akash.network/v1/gpu-prices";

const responseSchema = z.object({
  models: z.array(
    z.object({
      vendor: z.string(),
      model: z.string(),
      ram: z.string(),
      interface: z.string(),
      price: z.object({ currency: z.string(), med: z.number() }).nullable(),
    }),
  ),
});

/** The median single-GPU bid of each model that has one, as a dated market observation. */
export function parseAkashGpuPrices(body: unknown, observed: string): FeedResult {
  const { models } = responseSchema.parse(body);
  const result: FeedResult = { observations: [], skipped: [] };
  for (const row of models) {
    const label = `${row.vendor} ${row.model} ${row.ram} ${row.interface}`;
    if (!row.price) {
      result.skipped.push(`${label}: no bid in the last 31 days`);
      continue;
    }
    if (row.price.currency !== "USD") {
      result.skipped.push(`${label}: priced in ${row.price.currency}, not USD`);
      continue;
    }
    const gpu = gpuSlugFor({
      model: row.model,
      memoryGb: Number.parseInt(row.ram, 10),
      formFactor: row.interface,
    });
    if (!gpu) {
      result.skipped.push(`${label}: no such model in the GPU vocabulary (src/lib/facts/gpus.ts)`);
      continue;
    }
    result.observations.push({
      gpu,
      usdPerGpuHour: row.price.med,
      observed,
      kind: "market",
      url: akashFeedUrl,
      note: `Median of providers' single-GPU bids of the last 31 days for ${label}, per Akash's Console API`,
    });
  }
  return result;
}
