// The small open-data files: vocabularies with counts, categories, and the JSON Schema of project frontmatter.
import { z } from "zod";
import type { Content } from "../content/load";
import { projectFrontmatterSchema } from "../content/schema";
import { priceRecordSchema } from "../prices/records";
import { absoluteUrl } from "../site/urls";
import type { TaxonomyEntry } from "../facts/taxonomy";
import { categoryText } from "../i18n/localized";
import { localePath } from "../i18n/locales";
import { termDescription, termName } from "../i18n/vocabulary";
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

// Open data stays in English, keyed by slug; the Vietnamese names ride along in a `vi` field of each entry.
export function categoriesData(content: Content) {
  return content.categories.map((category) => {
    const vietnamese = categoryText(content, category, "vi");
    return {
      slug: category.slug,
      name: category.name,
      order: category.order,
      description: category.body,
      projectCount: content.projects.filter((project) => project.category === category.slug).length,
      url: absoluteUrl(pagePaths.category(category.slug)),
      vi: {
        name: vietnamese.name,
        description: vietnamese.body,
        url: absoluteUrl(localePath("vi", pagePaths.category(category.slug))),
      },
    };
  });
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
    vi: {
      name: section === "chains" ? entry.name : termName("vi", "resources", entry.slug),
      description: termDescription("vi", section, entry.slug),
      url: absoluteUrl(localePath("vi", pagePaths.facetValue(section, entry.slug))),
    },
  }));
}
