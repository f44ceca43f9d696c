// The open-data form of the price index: one flat record per observation, for /data/prices.json and prices.csv,
// and the zod schema they are checked against (its JSON Schema is published beside them).
import { z } from "zod";
import type { Project } from "../content/schema";
import { gpuModels } from "../facts/gpus";
import { compareText } from "../text/order";
import { providerOf } from "./index-table";
import type { PriceFile } from "./schema";

export const priceRecordSchema = z.strictObject({
  provider: z
    .string()
    .meta({ description: "The price file's slug: a project slug, or the baseline's name in kebab case." }),
  providerName: z.string(),
  providerType: z.enum(["network", "hyperscaler", "gpu-cloud", "marketplace"]).meta({
    description: "network: a decentralized network of the directory; the others are centralized baselines.",
  }),
  isDecentralized: z.boolean(),
  project: z.string().optional().meta({ description: "The project's slug, for a network of the directory." }),
  gpu: z.string().meta({ description: "A GPU model slug, such as h100-sxm-80gb." }),
  gpuName: z.string(),
  usdPerGpuHour: z.number().positive().meta({ description: "US dollars for one GPU for one hour." }),
  observed: z.string().meta({ description: "The date the source shows the price (YYYY-MM-DD)." }),
  kind: z.enum(["list", "market", "spot", "quote"]),
  url: z.string().meta({ description: "The page the price was read from." }),
  raw: z
    .string()
    .optional()
    .meta({ description: "The figure as the source publishes it, when it was converted." }),
  note: z.string().optional().meta({ description: "How the figure was derived or what it covers." }),
});
export type PriceRecord = z.infer<typeof priceRecordSchema>;

const gpuOrder = new Map<string, number>(gpuModels.map((gpu, index) => [gpu.slug, index]));

/** Every observation, by GPU model (vocabulary order), then provider name, newest first. */
export function toPriceRecords(
  files: readonly PriceFile[],
  projects: readonly Pick<Project, "slug" | "name">[],
): PriceRecord[] {
  return files
    .flatMap((file) => {
      const provider = providerOf(file, projects);
      return file.observations.map((observation): PriceRecord => ({
        provider: provider.slug,
        providerName: provider.name,
        providerType: provider.kind as PriceRecord["providerType"],
        isDecentralized: provider.isDecentralized,
        ...(file.project ? { project: file.project } : {}),
        gpu: observation.gpu,
        gpuName: gpuModels.find((gpu) => gpu.slug === observation.gpu)?.name ?? observation.gpu,
        usdPerGpuHour: observation.usdPerGpuHour,
        observed: observation.observed,
        kind: observation.kind,
        url: observation.url,
        ...(observation.raw ? { raw: observation.raw } : {}),
        ...(observation.note ? { note: observation.note } : {}),
      }));
    })
    .sort(
      (a, b) =>
        (gpuOrder.get(a.gpu) ?? 0) - (gpuOrder.get(b.gpu) ?? 0) ||
        compareText(a.providerName, b.providerName) ||
        compareText(b.observed, a.observed),
    );
}

export const priceCsvColumns = Object.keys(priceRecordSchema.shape) as (keyof PriceRecord)[];

export const toPriceCsvRows = (records: readonly PriceRecord[]): string[][] => [
  [...priceCsvColumns],
  ...records.map((record) =>
    priceCsvColumns.map((column) => (record[column] === undefined ? "" : String(record[column]))),
  ),
];
