// The search file's words in an edition: translated taglines and descriptions (the English tagline indexed too,
// unseen, so English words still find), category names and the names of facets and their values.
import type { Content } from "../content/load";
import { chains } from "../facts/chains";
import { resources, workloads } from "../facts/taxonomy";
import { trustAxes, type TrustAxisSlug } from "../facts/trust-axes";
import { englishSearchEdition, facetNamesOf, type SearchEdition } from "../search/search-file";
import type { Locale } from "./locales";
import { categoryText, projectText } from "./localized";
import { clientMessages } from "./messages/client";
import { termName, vocabularyTexts } from "./vocabulary";

export function searchEdition(content: Pick<Content, "vi">, locale: Locale): SearchEdition {
  if (locale === "en") return englishSearchEdition;
  const words = clientMessages(locale);
  const axes = vocabularyTexts(locale).trustAxes;
  const names = (kind: "resources" | "workloads", slugs: readonly { slug: string }[]) =>
    Object.fromEntries(slugs.map(({ slug }) => [slug, termName(locale, kind, slug)]));
  return {
    textOf: (project) => projectText(content, project, locale),
    extraTextOf: (project) => project.tagline,
    categoryName: (category) => categoryText(content, category, locale).name,
    valueNames: {
      chain: Object.fromEntries(chains.map(({ slug, name }) => [slug, name])),
      resource: names("resources", resources),
      workload: names("workloads", workloads),
      ...(Object.fromEntries(
        trustAxes.map((axis): [string, Record<string, string>] => [
          axis.slug,
          {
            ...Object.fromEntries(
              axis.values.map(({ slug }) => [slug, axes[axis.slug]?.values[slug]?.name ?? slug]),
            ),
            unknown: words.common.unknown,
          },
        ]),
      ) as Record<TrustAxisSlug, Record<string, string>>),
    },
    facetNames: facetNamesOf(words.search.facets, (axis) => axes[axis.slug]?.name ?? axis.name),
  };
}
