// A project's facts as labelled rows with their source numbers: shared by the project page, compare and exports.
import { citableFacts, type CitableFact } from "./registry";
import type { Project } from "../content/schema";
import { nameOf, type VocabularyKind } from "./vocabulary";

export type FactValue = { key: string; text: string; href?: string; isExternal?: boolean };
export type FactRow = { fact: FactName; label: string; values: FactValue[]; sourceNumbers: number[] };

export const factNames = [
  "category",
  "status",
  "chains",
  "resources",
  "workloads",
  "token",
  "launched",
  "website",
  "links",
  "lastReviewed",
  "sourceCount",
] as const;
export type FactName = (typeof factNames)[number];

export const factLabels: Record<FactName, string> = {
  category: "Category",
  status: "Status",
  chains: "Chains",
  resources: "Resources supplied",
  workloads: "Workloads",
  token: "Token",
  launched: "Launched",
  website: "Website",
  links: "Links",
  lastReviewed: "Last reviewed",
  sourceCount: "Sources",
};

const linkLabels: Record<string, string> = {
  docs: "Docs",
  github: "GitHub",
  x: "X",
  whitepaper: "Whitepaper",
  blog: "Blog",
  discord: "Discord",
  telegram: "Telegram",
  explorer: "Explorer",
};

const vocabularyValues = (kind: VocabularyKind, slugs: readonly string[], section: string): FactValue[] =>
  slugs.map((slug) => ({ key: slug, text: nameOf(kind, slug), href: `/${section}/${slug}/` }));

const external = (key: string, text: string, href: string): FactValue => ({
  key,
  text,
  href,
  isExternal: true,
});

function valuesOf(project: Project, fact: FactName, categoryName: string): FactValue[] {
  switch (fact) {
    case "category":
      return [{ key: project.category, text: categoryName, href: `/categories/${project.category}/` }];
    case "status":
      return [{ key: project.status, text: nameOf("status", project.status) }];
    case "chains":
      return vocabularyValues("chain", project.chains, "chains");
    case "resources":
      return vocabularyValues("resource", project.resources, "resources");
    case "workloads":
      return project.workloads.map((slug) => ({ key: slug, text: nameOf("workload", slug) }));
    case "token":
      return project.token ? [{ key: project.token, text: project.token }] : [];
    case "launched":
      return project.launched ? [{ key: String(project.launched), text: String(project.launched) }] : [];
    case "website":
      return [
        external(project.website, new URL(project.website).hostname.replace(/^www\./, ""), project.website),
      ];
    case "links":
      return Object.entries(project.links).map(([kind, url]) =>
        external(kind, linkLabels[kind] ?? kind, url),
      );
    case "lastReviewed":
      return [{ key: project.lastReviewed, text: project.lastReviewed }];
    case "sourceCount":
      return [{ key: String(project.sources.length), text: String(project.sources.length) }];
  }
}

const isCitable = (fact: FactName): fact is CitableFact => (citableFacts as readonly string[]).includes(fact);

/** Every fact row of a project, in display order; rows without a value are kept so tables line up. */
export function projectFacts(project: Project, categoryName: string): FactRow[] {
  return factNames.map((fact) => ({
    fact,
    label: factLabels[fact],
    values: valuesOf(project, fact, categoryName),
    sourceNumbers: isCitable(fact) ? (project.citations[fact] ?? []) : [],
  }));
}
