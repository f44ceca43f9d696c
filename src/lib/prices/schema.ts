// GPU price files (content/prices/<provider>.yaml): who the provider is and what one GPU-hour cost, when and where.
import { z } from "zod";
import { gpuModels } from "../facts/gpus";
import { pastDate, webUrl } from "../content/fields";
import { observationKinds, providerKinds } from "../facts/price-kinds";

export { observationKinds, providerKinds };

const slugsOf = <T extends readonly { slug: string }[]>(entries: T) =>
  entries.map((entry) => entry.slug) as unknown as [T[number]["slug"], ...T[number]["slug"][]];

const observationSchema = z
  .strictObject({
    gpu: z.enum(slugsOf(gpuModels)),
    usdPerGpuHour: z
      .number({ error: "a price in US dollars per GPU-hour, such as 2.49" })
      .positive({ error: "a price above zero" })
      .max(1000, { error: "a price per GPU for one hour (divide a machine's price by its GPUs)" }),
    observed: pastDate,
    kind: z.enum(slugsOf(observationKinds)),
    url: webUrl,
    raw: z.string().trim().min(1).optional(),
    note: z.string().trim().min(1).optional(),
  })
  .superRefine((observation, context) => {
    if (observation.raw !== undefined && observation.note === undefined)
      context.addIssue({
        code: "custom",
        path: ["note"],
        message: `required with raw: say how "${observation.raw}" becomes ${observation.usdPerGpuHour} per GPU-hour`,
        params: { isComplete: true },
      });
  });

export const priceFileSchema = z
  .strictObject({
    project: z.string().optional(),
    baseline: z
      .strictObject({
        name: z.string().trim().min(1),
        website: webUrl,
        kind: z.enum(slugsOf(providerKinds)),
      })
      .optional(),
    observations: z.array(observationSchema).min(1, { error: "at least one observation" }),
  })
  .superRefine((file, context) => {
    if ((file.project === undefined) === (file.baseline === undefined))
      context.addIssue({
        code: "custom",
        path: [],
        message:
          "name either project: <slug of a project file> or baseline: {name, website, kind}, exactly one of them",
        params: { isComplete: true },
      });
  });

export type PriceObservation = z.infer<typeof observationSchema>;
export type PriceFileData = z.infer<typeof priceFileSchema>;
/** A validated price file: its provider (a project of the directory or a centralized baseline) and observations. */
export type PriceFile = PriceFileData & { slug: string; file: string };
