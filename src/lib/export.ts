// The public record of a project in /data/projects.json: its validated frontmatter, slug and page address.
import type { Project } from "./schema";
import { absoluteUrl } from "./site";

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
