// The small open-data files: vocabularies with counts, categories, and the JSON Schema of project frontmatter.
import { z } from "zod";
import type { Content } from "../content/load";
import { projectFrontmatterSchema } from "../content/schema";
import { priceRecordSchema } from "../prices/records";
import { absoluteUrl } from "../site/urls";
import type { TaxonomyEntry } from "../facts/taxonomy";
import { pagePaths } from "../site/paths";

/** Generated from the zod schema, never written by hand; `io: "input"` describes what a content file may contain. */
export function projectJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(projectFrontmatterSchema, { io: "input", unrepresentable: "any" }),
    $id: absoluteUrl("/data/project.schema.json"),
    title: "DeAI Atlas project frontmatter",
    description:
      "The YAML frontmatter of a file in content/projects/. The Markdown body below it is the description.",
  };
}

/** The schema of /data/prices.json: a list of price records, generated from their zod schema. */
export function pricesJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(z.array(priceRecordSchema), { unrepresentable: "any" }),
    $id: absoluteUrl("/data/prices.schema.json"),
    title: "DeAI Atlas GPU price observations",
    description:
      "One record per observation: a provider's price for one GPU for one hour, dated and sourced.",
  };
}

export function categoriesData({ projects, categories }: Content) {
  return categories.map((category) => ({
    slug: category.slug,
    name: category.name,
    order: category.order,
    description: category.body,
    projectCount: projects.filter((project) => project.category === category.slug).length,
    url: absoluteUrl(pagePaths.category(category.slug)),
  }));
}

export function vocabularyData(
  entries: readonly TaxonomyEntry[],
  countOf: (slug: string) => number,
  section: "chains" | "resources",
) {
  return entries.map((entry) => ({
    slug: entry.slug,
    name: entry.name,
    description: entry.description,
    ...(entry.ownChainOf ? { ownChainOf: entry.ownChainOf } : {}),
    projectCount: countOf(entry.slug),
    url: absoluteUrl(pagePaths.facetValue(section, entry.slug)),
  }));
}
