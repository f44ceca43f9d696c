// The versioned data API (/api/v1/): every project with its facts, and one file per project with its prices and
// the history of its facts. Within v1, fields are added, never renamed or removed.
import { z } from "zod";
import type { Content } from "../content/load";
import { chainSlugSchema, projectFrontmatterSchema, type Project } from "../content/schema";
import type { FactHistory } from "../history/git-history";
import { entriesOf } from "../history/scopes";
import { priceRecordSchema, toPriceRecords } from "../prices/records";
import { pagePaths } from "../site/paths";
import { absoluteUrl } from "../site/urls";
import { toProjectRecords } from "./project-records";

export const apiVersion = 1 as const;
const license = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" };

const projectRecordSchema = projectFrontmatterSchema.extend({
  slug: z.string(),
  chains: z.array(chainSlugSchema).meta({ description: "Every chain named in deployments (derived)." }),
  url: z.string().meta({ description: "The project's page." }),
});

const envelope = {
  schemaVersion: z.literal(apiVersion),
  generatedAt: z.string().meta({ description: "When the site was built (ISO 8601)." }),
  license: z.strictObject({ name: z.string(), url: z.string() }),
  documentation: z.string(),
};

export const apiIndexSchema = z.strictObject({ ...envelope, projects: z.array(projectRecordSchema) });

export const apiProjectSchema = z.strictObject({
  ...envelope,
  project: projectRecordSchema,
  prices: z
    .array(priceRecordSchema)
    .meta({ description: "The network's GPU price observations, if it publishes any." }),
  history: z.strictObject({
    status: z.enum(["ok", "shallow", "unavailable"]).meta({
      description: "shallow: the build had only part of the git history; unavailable: none.",
    }),
    changes: z.array(z.strictObject({ date: z.string(), commit: z.string(), changes: z.array(z.string()) })),
  }),
});

const common = (generatedAt: string) => ({
  schemaVersion: apiVersion,
  generatedAt,
  license,
  documentation: absoluteUrl(pagePaths.data),
});

export const apiIndex = ({ projects }: Content, generatedAt: string): z.input<typeof apiIndexSchema> => ({
  ...common(generatedAt),
  projects: toProjectRecords(projects),
});

export function apiProject(
  project: Project,
  content: Content,
  history: FactHistory,
  generatedAt: string,
): z.input<typeof apiProjectSchema> {
  return {
    ...common(generatedAt),
    project: toProjectRecords([project])[0]!,
    prices: toPriceRecords(
      content.prices.filter((file) => file.project === project.slug),
      content.projects,
    ),
    history: {
      status: history.status,
      changes: entriesOf({ type: "project", slug: project.slug }, history.entries, content.projects).map(
        (entry) => ({
          date: entry.date,
          commit: entry.commit,
          changes: entry.changes.map((change) => change.text),
        }),
      ),
    },
  };
}

const jsonSchemaOf = (schema: z.ZodType, path: string, title: string) => ({
  ...z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }),
  $id: absoluteUrl(path),
  title,
});

export const apiIndexJsonSchema = () =>
  jsonSchemaOf(apiIndexSchema, "/api/v1/index.schema.json", "DeAI Atlas API v1: every project");
export const apiProjectJsonSchema = () =>
  jsonSchemaOf(apiProjectSchema, "/api/v1/project.schema.json", "DeAI Atlas API v1: one project");
