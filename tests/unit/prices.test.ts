import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { gpuModels } from "@/lib/facts/gpus";
import { currentPrices, priceHistory, pricesOfProject } from "@/lib/prices/index-table";
import { parsePriceView, priceViewQuery } from "@/lib/prices/view";
import { toPriceCsvRows, toPriceRecords } from "@/lib/prices/records";
import type { PriceFile, PriceObservation } from "@/lib/prices/schema";
import { pricesJsonSchema } from "@/lib/publish/open-data";

const observation = (gpu: string, usdPerGpuHour: number, observed: string): PriceObservation => ({
  gpu: gpu as PriceObservation["gpu"],
  usdPerGpuHour,
  observed,
  kind: "list",
  url: `https://prices.test/${gpu}`,
});
const files: PriceFile[] = [
  {
    slug: "net-a",
    file: "net-a.yaml",
    project: "net-a",
    observations: [
      observation("h100-sxm-80gb", 2.1, "2026-01-05"),
      observation("h100-sxm-80gb", 2.4, "2025-06-01"),
    ],
  },
  {
    slug: "cloud-b",
    file: "cloud-b.yaml",
    baseline: { name: "Cloud B", website: "https://cloud-b.test", kind: "hyperscaler" },
    observations: [
      observation("h100-sxm-80gb", 6.9, "2025-11-20"),
      observation("a100-sxm-80gb", 3.4, "2024-01-01"),
    ],
  },
  {
    slug: "net-c",
    file: "net-c.yaml",
    project: "net-c",
    observations: [observation("h100-sxm-80gb", 1.9, "2024-06-01")],
  },
];
const projects = [
  { slug: "net-a", name: "Net A" },
  { slug: "net-c", name: "Net C" },
];
const today = "2026-03-01";

describe("the current price table", () => {
  it("takes each provider's newest figure, cheapest first, marks those over 90 days stale and drops those over a year", () => {
    const rows = currentPrices(files, projects, "h100-sxm-80gb", today);
    expect(rows.map((row) => [row.provider.name, row.observation.usdPerGpuHour, row.isStale])).toEqual([
      ["Net A", 2.1, false],
      ["Cloud B", 6.9, true],
    ]);
    expect(rows[1]!.provider).toMatchObject({
      isDecentralized: false,
      kind: "hyperscaler",
      isExternal: true,
    });
    expect(rows[0]!.provider).toMatchObject({ isDecentralized: true, href: "/projects/net-a/" });
    expect(currentPrices(files, projects, "a100-sxm-80gb", today)).toEqual([]);
  });

  it("keeps every observation in the history, newest first", () => {
    const history = priceHistory(files, projects, "h100-sxm-80gb");
    expect(
      history.map((entry) => [entry.provider.name, entry.observations.map((item) => item.observed)]),
    ).toEqual([
      ["Cloud B", ["2025-11-20"]],
      ["Net A", ["2026-01-05", "2025-06-01"]],
      ["Net C", ["2024-06-01"]],
    ]);
  });

  it("gives a network's newest price per model, in the vocabulary's order", () => {
    expect(pricesOfProject(files, "net-a").map((item) => item.usdPerGpuHour)).toEqual([2.1]);
    expect(pricesOfProject(files, "net-z")).toEqual([]);
  });

  it("keeps its view in the address and reports unknown values", () => {
    const { view, unknown } = parsePriceView(
      new URLSearchParams("gpu=h100-sxm-80gb,h100-sxm&provider=decentralised"),
      gpuModels.map((gpu) => gpu.slug),
    );
    expect(view).toEqual({ gpu: ["h100-sxm-80gb"], provider: [] });
    expect(unknown).toEqual([
      { key: "gpu", value: "h100-sxm", suggestion: "h100-sxm-80gb" },
      { key: "provider", value: "decentralised", suggestion: "decentralized" },
    ]);
    expect(priceViewQuery({ gpu: ["h100-sxm-80gb"], provider: ["centralized"] })).toBe(
      "?gpu=h100-sxm-80gb&provider=centralized",
    );
  });
});

describe("the price data over the real content", () => {
  const { prices, projects: realProjects } = loadContent();
  const records = JSON.parse(JSON.stringify(toPriceRecords(prices, realProjects))) as unknown[];

  it("has every record valid against the published JSON Schema", () => {
    const validate = new Ajv2020({ strict: false }).compile(pricesJsonSchema());
    expect(validate(records), JSON.stringify(validate.errors)).toBe(true);
  });

  it("writes one CSV row per observation, as wide as the header", () => {
    const rows = toPriceCsvRows(toPriceRecords(prices, realProjects));
    expect(rows).toHaveLength(records.length + 1);
    for (const row of rows) expect(row).toHaveLength(rows[0]!.length);
  });

  it("meets the index's minimum: H100 on 5 networks and 3 clouds, RTX 4090 and A100 80 GB on 3 networks, all from mid-2025 on", () => {
    const providersOf = (family: string, isDecentralized: boolean) =>
      new Set(
        prices
          .filter((file) => (file.project !== undefined) === isDecentralized)
          .filter((file) =>
            file.observations.some(
              (item) => gpuModels.find((gpu) => gpu.slug === item.gpu)?.family === family,
            ),
          )
          .map((file) => file.slug),
      ).size;
    expect(providersOf("h100", true)).toBeGreaterThanOrEqual(5);
    expect(providersOf("h100", false)).toBeGreaterThanOrEqual(3);
    expect(providersOf("rtx-4090", true)).toBeGreaterThanOrEqual(3);
    expect(providersOf("a100-80gb", true)).toBeGreaterThanOrEqual(3);
    const early = prices.flatMap((file) => file.observations.filter((item) => item.observed < "2025-07-01"));
    expect(early).toEqual([]);
  });
});

describe("the build never fetches prices", () => {
  it("keeps prices:fetch out of the build, test and start scripts", () => {
    const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as {
      scripts: Record<string, string>;
    };
    for (const name of ["build", "test", "start", "validate"])
      expect(scripts[name], name).not.toMatch(/prices/);
    expect(readFileSync("scripts/test.sh", "utf8")).not.toMatch(/prices/);
  });
});
