// The public record of a project in /data/projects.json: its validated frontmatter, slug and page address.
import type { Project } from "../content/schema";
import { absoluteUrl } from "../site/urls";

export type ProjectRecord = Omit<Project, "body" | "file"> & { url: string };

/** Fields in a fixed order, so the file diffs cleanly between builds; absent optional facts are left out. */
const toProjectRecord = (project: Project): ProjectRecord => ({
  slug: project.slug,
  name: project.name,
  aliases: project.aliases,
  tagline: project.tagline,
  category: project.category,
  status: project.status,
  chains: project.chains,
  resources: project.resources,
  workloads: project.workloads,
  ...(project.token === undefined ? {} : { token: project.token }),
  ...(project.launched === undefined ? {} : { launched: project.launched }),
  website: project.website,
  links: project.links,
  sources: project.sources,
  citations: project.citations,
  lastReviewed: project.lastReviewed,
  url: absoluteUrl(`/projects/${project.slug}/`),
});

export const toProjectRecords = (projects: readonly Project[]): ProjectRecord[] =>
  projects.map(toProjectRecord);

export const csvColumns = [
  "slug",
  "name",
  "aliases",
  "tagline",
  "category",
  "status",
  "chains",
  "resources",
  "workloads",
  "token",
  "launched",
  "website",
  "links",
  "sources",
  "lastReviewed",
  "url",
] as const;

/** /data/projects.csv as rows: a header, then one row per project; lists joined with ";", links as kind=url. */
export function toProjectCsvRows(records: readonly ProjectRecord[]): string[][] {
  const cell = (record: ProjectRecord, column: (typeof csvColumns)[number]): string => {
    switch (column) {
      case "links":
        return Object.entries(record.links)
          .map(([kind, url]) => `${kind}=${url}`)
          .join(";");
      case "sources":
        return record.sources.map((source) => source.url).join(";");
      default: {
        const value = record[column];
        return Array.isArray(value) ? value.join(";") : value === undefined ? "" : String(value);
      }
    }
  };
  return [[...csvColumns], ...records.map((record) => csvColumns.map((column) => cell(record, column)))];
}
