import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseAkashGpuPrices } from "@/lib/prices/feeds/akash";
import { mergeObservations } from "@/lib/prices/feeds/feed";
import { fetchFeed } from "@/lib/prices/feeds/fetch-feed";
import { gpuSlugFor } from "@/lib/prices/feeds/gpu-names";
import { parseNosanaMarkets } from "@/lib/prices/feeds/nosana";

const recorded = (name: string) =>
  JSON.parse(readFileSync(`tests/fixtures/price-feeds/${name}`, "utf8")) as unknown;

describe("GPU names in feeds", () => {
  it("maps model, memory and form to the vocabulary", () => {
    expect(gpuSlugFor({ model: "h100", memoryGb: 80, formFactor: "SXM5" })).toBe("h100-sxm-80gb");
    expect(gpuSlugFor({ model: "h100", memoryGb: 80, formFactor: "pcie" })).toBe("h100-pcie-80gb");
    expect(gpuSlugFor({ model: "H100" })).toBe("h100-80gb");
    expect(gpuSlugFor({ model: "a100", memoryGb: 40 })).toBe("a100-40gb");
    expect(gpuSlugFor({ model: "NVIDIA 4090" })).toBe("rtx-4090-24gb");
    expect(gpuSlugFor({ model: "t4", memoryGb: 16 })).toBeUndefined();
  });
});

describe("the Akash Console feed", () => {
  it("turns each model's median bid into a dated market observation and says what it skipped", () => {
    const { observations, skipped } = parseAkashGpuPrices(recorded("akash-gpu-prices.json"), "2026-07-17");
    expect(observations.map((item) => [item.gpu, item.usdPerGpuHour, item.kind, item.observed])).toEqual([
      ["a100-sxm-80gb", 1.48, "market", "2026-07-17"],
      ["h100-sxm-80gb", 2.55, "market", "2026-07-17"],
      ["h100-pcie-80gb", 1.9, "market", "2026-07-17"],
      ["rtx-4090-24gb", 0.39, "market", "2026-07-17"],
    ]);
    expect(observations[0]!.url).toBe("https://console-api.akash.network/v1/gpu-prices");
    expect(skipped).toEqual([
      "amd mi250 64Gi PCIe: no bid in the last 31 days",
      "nvidia t4 16Gi pcie: no such model in the GPU vocabulary (src/lib/facts/gpus.ts)",
    ]);
  });

  it("refuses a response of another shape", () => {
    expect(() => parseAkashGpuPrices({ gpus: [] }, "2026-07-17")).toThrow();
  });
});

describe("the Nosana markets feed", () => {
  it("keeps premium single-GPU markets and skips the rest with reasons", () => {
    const { observations, skipped } = parseNosanaMarkets(recorded("nosana-markets.json"), "2026-09-03");
    expect(observations.map((item) => [item.gpu, item.usdPerGpuHour])).toEqual([
      ["h100-80gb", 1.3636],
      ["rtx-4090-24gb", 0.2909],
    ]);
    expect(skipped).toEqual([
      "NVIDIA 4090 Community: not a premium single-GPU market (COMMUNITY)",
      "8x NVIDIA H100: not a premium single-GPU market (OTHER)",
      "NVIDIA 3060: no such model in the GPU vocabulary",
    ]);
  });
});

describe("fetching and merging", () => {
  const feed = { project: "akash-network", url: "https://feed.test/prices", parse: parseAkashGpuPrices };

  it("says plainly when the feed cannot be reached, or answers an error", async () => {
    const offline = (() =>
      Promise.reject(
        new TypeError("fetch failed", { cause: new Error("getaddrinfo ENOTFOUND feed.test") }),
      )) as typeof fetch;
    expect(await fetchFeed(feed, "2026-01-01", offline)).toEqual({
      ok: false,
      message:
        "could not reach https://feed.test/prices (getaddrinfo ENOTFOUND feed.test); prices:fetch needs network access to this public feed",
    });
    const failing = (() =>
      Promise.resolve(
        new Response("busy", { status: 503, statusText: "Service Unavailable" }),
      )) as typeof fetch;
    expect(await fetchFeed(feed, "2026-01-01", failing)).toEqual({
      ok: false,
      message: "https://feed.test/prices answered 503 Service Unavailable",
    });
  });

  it("parses a recorded answer and adds only observations the file does not hold", async () => {
    const answering = (() =>
      Promise.resolve(Response.json(recorded("akash-gpu-prices.json")))) as typeof fetch;
    const outcome = await fetchFeed(feed, "2026-07-17", answering);
    expect(outcome.ok && outcome.result.observations).toHaveLength(4);
    const incoming = outcome.ok ? outcome.result.observations : [];
    const first = mergeObservations([], incoming);
    expect(first.added).toBe(4);
    expect(mergeObservations(first.observations, incoming)).toEqual({
      observations: first.observations,
      added: 0,
    });
  });
});
