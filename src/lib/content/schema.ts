// The content model: one zod schema per content type; every type in the app is inferred from here.
import { z } from "zod";
import { citableFacts, linkKinds } from "../facts/registry";
import { categorySlugs, chains, projectStatuses, resources, slugsOf, workloads } from "../facts/taxonomy";

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const today = () => new Date().toISOString().slice(0, 10);

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

const pastDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "a date written as YYYY-MM-DD" })
  .refine(isRealDate, { error: "a real calendar date" })
  .refine((value) => value <= today(), { error: "a date that is not in the future" });

// The pattern travels into the generated JSON Schema; the refinement catches what a pattern cannot.
const webUrl = z
  .string()
  .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, { error: "an http(s) URL", abort: true })
  .refine((value) => URL.canParse(value), { error: "an http(s) URL" });

const nonEmptyText = z.string().trim().min(1, { error: "a non-empty text" });

export const categorySlugSchema = z.enum(categorySlugs);
export const chainSlugSchema = z.enum(slugsOf(chains));
export const resourceSlugSchema = z.enum(slugsOf(resources));
export const workloadSlugSchema = z.enum(slugsOf(workloads));
export const statusSchema = z.enum(slugsOf(projectStatuses));

export { citableFacts, linkKinds, type CitableFact } from "../facts/registry";

const sourceSchema = z.strictObject({
  title: nonEmptyText,
  url: webUrl,
  accessed: pastDate,
});

const sourceNumbers = z.array(z.int().min(1, { error: "a source number, counted from 1" })).min(1);

export const projectFrontmatterSchema = z.strictObject({
  name: nonEmptyText,
  aliases: z.array(nonEmptyText).default([]),
  tagline: nonEmptyText.max(140, { error: "a tagline of at most 140 characters" }),
  category: categorySlugSchema,
  status: statusSchema,
  chains: z.array(chainSlugSchema).default([]),
  resources: z.array(resourceSlugSchema).default([]),
  workloads: z.array(workloadSlugSchema).default([]),
  token: z
    .string()
    .regex(/^[A-Z0-9]{2,10}$/, { error: "a ticker of 2 to 10 capital letters or digits, such as AKT" })
    .optional(),
  launched: z
    .int({ error: "a year as a whole number, such as 2021" })
    .min(2000, { error: "a year from 2000 on" })
    .refine((year) => year <= new Date().getUTCFullYear(), {
      error: "a year that is not in the future",
    })
    .optional(),
  website: webUrl,
  links: z.partialRecord(z.enum(linkKinds), webUrl).default({}),
  sources: z.array(sourceSchema).min(2, { error: "at least two sources" }),
  citations: z.partialRecord(z.enum(citableFacts), sourceNumbers).default({}),
  lastReviewed: pastDate,
});

export const categoryFrontmatterSchema = z.strictObject({
  name: nonEmptyText,
  order: z.int({ error: "a whole number that sets the display order" }).min(1),
});

export type ProjectFrontmatter = z.infer<typeof projectFrontmatterSchema>;
export type CategorySlug = z.infer<typeof categorySlugSchema>;
export type ChainSlug = z.infer<typeof chainSlugSchema>;
export type ResourceSlug = z.infer<typeof resourceSlugSchema>;
export type WorkloadSlug = z.infer<typeof workloadSlugSchema>;
export type ProjectStatus = z.infer<typeof statusSchema>;
export type Project = ProjectFrontmatter & { slug: string; body: string; file: string };
export type Category = z.infer<typeof categoryFrontmatterSchema> & {
  slug: CategorySlug;
  body: string;
  file: string;
};
