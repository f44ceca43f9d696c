// The content model: one zod schema per fact kind, assembled from the fact registry; every type is inferred here.
import { z } from "zod";
import { addressFamilies, chains, type AddressFamily } from "../facts/chains";
import { citedFactKeys, deploymentRoles, facts, linkKinds, type FactKind, type FileFact } from "../facts/registry";
import { projectStatuses, resources, slugsOf, workloads } from "../facts/taxonomy";
import { trustAxes, type TrustAxisSlug } from "../facts/trust-axes";
import { pastDate, webUrl } from "./fields";

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const nonEmptyText = z.string().trim().min(1, { error: "a non-empty text" });
const none = z.literal("none");

export const chainSlugSchema = z.enum(slugsOf(chains));
const sourceNumbers = z.array(z.int().min(1, { error: "a source number, counted from 1" })).min(1);
const year = z
  .int({ error: "a year as a whole number, such as 2021" })
  .min(2000, { error: "a year from 2000 on" })
  .refine((value) => value <= new Date().getUTCFullYear(), { error: "a year that is not in the future" });

const sourceSchema = z.strictObject({ title: nonEmptyText, url: webUrl, accessed: pastDate });

const familiesOf = new Map<string, readonly AddressFamily[]>(chains.map((chain) => [chain.slug, chain.families]));

/** Problems of one deployment that depend on its chain: the address format and the explorer link. */
function deploymentIssues(entry: { chain: string; role: string; address?: string; explorer?: string; bridged?: boolean }) {
  const issues: { path: string; message: string }[] = [];
  const families = familiesOf.get(entry.chain) ?? [];
  if (entry.role !== "native" && entry.address === undefined)
    issues.push({
      path: "address",
      message: `required for role "${entry.role}": write the ${entry.role === "token" ? "token" : "contract"} address on ${entry.chain} exactly as its explorer shows it`,
    });
  if (entry.bridged && entry.role !== "token")
    issues.push({ path: "bridged", message: 'only a deployment with role "token" can be bridged' });
  if (entry.address !== undefined) {
    if (families.length === 0)
      issues.push({
        path: "address",
        message: `"${entry.chain}" is a project's own chain without contract addresses; list it with role "native" and no address`,
      });
    else if (!families.some((family) => addressFamilies[family].pattern.test(entry.address!)))
      issues.push({
        path: "address",
        message: `"${entry.address}" is not an address on ${entry.chain}; expected ${families.map((family) => addressFamilies[family].expected).join(", or ")}`,
      });
  }
  if (entry.explorer !== undefined && entry.address !== undefined) {
    const link = safeDecode(entry.explorer).toLowerCase();
    if (!link.includes(entry.address.toLowerCase()))
      issues.push({
        path: "explorer",
        message: `does not point at ${entry.address}; link to that address on a block explorer`,
      });
  }
  return issues;
}

const safeDecode = (url: string) => {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
};

const deploymentSchema = z
  .strictObject({
    chain: chainSlugSchema,
    role: z.enum(deploymentRoles.map((role) => role.slug) as ["native", "token", "contracts"]),
    bridged: z.boolean().optional(),
    address: nonEmptyText.optional(),
    explorer: webUrl.optional(),
    sources: sourceNumbers,
  })
  .superRefine((entry, context) => {
    for (const { path, message } of deploymentIssues(entry))
      context.addIssue({ code: "custom", path: [path], message, params: { isComplete: true } });
  });

const activitySchema = z.strictObject({
  date: pastDate,
  what: nonEmptyText.max(120, { error: "one short line of at most 120 characters" }),
  url: webUrl,
});

const trustRatingSchema = (values: readonly string[]) =>
  z
    .strictObject({
      value: z.enum(["unknown", ...values]),
      why: nonEmptyText.min(20, { error: "a sentence or two (at least 20 characters) saying why" }),
      sources: sourceNumbers.optional(),
    })
    .superRefine((rating, context) => {
      if (rating.value !== "unknown" && rating.sources === undefined)
        context.addIssue({
          code: "custom",
          path: ["sources"],
          message: `a rated value needs at least one source number; write unknown if no source settles it`,
          params: { isComplete: true },
        });
    });
const trustSchema = z.strictObject(
  Object.fromEntries(
    trustAxes.map((axis) => [axis.slug, trustRatingSchema(axis.values.map((value) => value.slug))]),
  ) as Record<TrustAxisSlug, ReturnType<typeof trustRatingSchema>>,
);

/** The zod schema of each kind of fact that a file can state. */
const kindSchemas = {
  text: nonEmptyText,
  textList: z.array(nonEmptyText).default([]),
  category: z
    .string({ error: "a category slug such as compute-marketplaces" })
    .regex(slugPattern, { error: "a category slug such as compute-marketplaces" }),
  status: z.enum(slugsOf(projectStatuses)),
  resources: z.array(z.enum(slugsOf(resources))).default([]),
  workloads: z.array(z.enum(slugsOf(workloads))).default([]),
  ticker: z.string().regex(/^[A-Z0-9]{2,10}$/, {
    error: "a ticker of 2 to 10 capital letters or digits, such as AKT, or none",
  }),
  year,
  date: pastDate,
  url: webUrl,
  links: z.partialRecord(z.enum(linkKinds), webUrl).default({}),
  deployments: z.array(deploymentSchema).min(1, { error: "at least one deployment, or none" }),
  activity: activitySchema,
  trust: trustSchema,
  sources: z.array(sourceSchema).min(2, { error: "at least two sources" }),
  citations: z.partialRecord(z.enum(citedFactKeys), sourceNumbers).default({}),
} satisfies Partial<Record<FactKind, z.ZodType>>;
type KindSchemas = typeof kindSchemas;

type FieldSchema<F extends FileFact> = F["kind"] extends keyof KindSchemas
  ? F extends { allowsNone: true }
    ? z.ZodOptional<z.ZodUnion<[typeof none, KindSchemas[F["kind"]]]>>
    : F extends { required: true }
      ? KindSchemas[F["kind"]]
      : KindSchemas[F["kind"]] extends z.ZodDefault<z.ZodType>
        ? KindSchemas[F["kind"]]
        : z.ZodOptional<KindSchemas[F["kind"]]>
  : never;
type ProjectShape = { [F in FileFact as F["key"]]: FieldSchema<F> };

function fieldSchema(fact: FileFact): z.ZodType {
  let schema: z.ZodType = kindSchemas[fact.kind];
  if ("maxLength" in fact)
    schema = nonEmptyText.max(fact.maxLength, { error: `at most ${fact.maxLength} characters` });
  if ("allowsNone" in fact) schema = z.union([none, schema]);
  if (!("required" in fact) && !(schema instanceof z.ZodDefault)) schema = schema.optional();
  return schema.meta({ description: fact.description });
}

const fileFacts = facts.filter((fact): fact is FileFact => fact.origin === "file");

export const projectFrontmatterSchema = z.strictObject(
  Object.fromEntries(fileFacts.map((fact) => [fact.key, fieldSchema(fact)])) as unknown as ProjectShape,
);

export const categoryFrontmatterSchema = z.strictObject({
  name: nonEmptyText,
  order: z.int({ error: "a whole number that sets the display order" }).min(1),
  isTrustRated: z.boolean({ error: "true or false" }).default(false).meta({
    description: "Every project in this category must carry the five-axis trust block.",
  }),
});

export type ProjectFrontmatter = z.infer<typeof projectFrontmatterSchema>;
export type ChainSlug = z.infer<typeof chainSlugSchema>;
export type Deployment = z.infer<typeof deploymentSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type TrustBlock = z.infer<typeof trustSchema>;
export type TrustRating = TrustBlock[TrustAxisSlug];
export type Source = z.infer<typeof sourceSchema>;
export type ResourceSlug = z.infer<KindSchemas["resources"]>[number];
export type WorkloadSlug = z.infer<KindSchemas["workloads"]>[number];
export type ProjectStatus = z.infer<KindSchemas["status"]>;
export type Project = ProjectFrontmatter & {
  slug: string;
  body: string;
  file: string;
  /** Every chain named in deployments, in order. */
  chains: ChainSlug[];
};
export type Category = z.infer<typeof categoryFrontmatterSchema> & { slug: string; body: string; file: string };
