// The search file of an edition, written at build time: a slim record per project (only the fields search matches
// on or shows, its tagline in the edition), the names of the facet values in the edition, and the description terms.
import type { Category, Project } from "../content/schema";
import { chains } from "../facts/chains";
import { resources, workloads } from "../facts/taxonomy";
import { trustAxes, trustAxisSlugs, type TrustAxisSlug } from "../facts/trust-axes";
import { clientEn, format, type ClientMessages } from "../i18n/messages/client-en";
import type { FacetKey } from "./facets";
import { isStopWord, markdownText, wordsOf } from "./text";
import { conceptsIn, shortTextTerms, termOf } from "./terms";
import { compareText } from "../text/order";

export type SearchRecord = {
  slug: string;
  name: string;
  aliases: string[];
  tagline: string;
  token?: string;
  category: string;
  chains: string[];
  resources: string[];
  workloads: string[];
  /** The trust axis values of a rated project, as search facets. */
  trust?: Partial<Record<TrustAxisSlug, string>>;
};

/** What differs between editions: each project's tagline and description, and the names of categories and values. */
export type SearchEdition = {
  textOf: (project: Project) => { tagline: string; body: string };
  /** Text indexed with a description, unseen: the Vietnamese edition adds the English tagline, so English words find too. */
  extraTextOf?: (project: Project) => string;
  categoryName: (category: Category) => string;
  /** Names of facet values by facet (not categories); a trust axis includes "unknown". */
  valueNames: ValueNames;
  /** The facets' own names, for legends and notices. */
  facetNames: Record<FacetKey, string>;
};
export type ValueNames = Record<Exclude<FacetKey, "category">, Record<string, string>>;

const namesOf = (entries: readonly { slug: string; name: string }[]): Record<string, string> =>
  Object.fromEntries(entries.map(({ slug, name }) => [slug, name]));

/** Legends of the facets from an edition's words; a trust axis reads "Trust: verification". */
export const facetNamesOf = (
  words: ClientMessages["search"]["facets"],
  axisName: (axis: (typeof trustAxes)[number]) => string,
): Record<FacetKey, string> => ({
  category: words.category,
  chain: words.chain,
  resource: words.resource,
  workload: words.workload,
  ...(Object.fromEntries(
    trustAxes.map((axis) => [axis.slug, format(words.trust, { axis: axisName(axis).toLowerCase() })]),
  ) as Record<TrustAxisSlug, string>),
});

/** The English edition: the content files' own texts and the vocabularies' names. */
export const englishSearchEdition: SearchEdition = {
  textOf: (project) => ({ tagline: project.tagline, body: project.body }),
  categoryName: (category) => category.name,
  valueNames: {
    chain: namesOf(chains),
    resource: namesOf(resources),
    workload: namesOf(workloads),
    ...(Object.fromEntries(
      trustAxes.map((axis): [string, Record<string, string>] => [
        axis.slug,
        { ...namesOf(axis.values), unknown: clientEn.common.unknown },
      ]),
    ) as Record<TrustAxisSlug, Record<string, string>>),
  },
  facetNames: facetNamesOf(clientEn.search.facets, (axis) => axis.name),
};

export const toSearchRecord = (project: Project, tagline = project.tagline): SearchRecord => ({
  slug: project.slug,
  name: project.name,
  aliases: project.aliases,
  tagline,
  ...(project.token && project.token !== "none" ? { token: project.token } : {}),
  category: project.category,
  chains: project.chains,
  resources: project.resources,
  workloads: project.workloads,
  ...(project.trust
    ? { trust: Object.fromEntries(trustAxisSlugs.map((axis) => [axis, project.trust![axis].value])) }
    : {}),
});

export type SearchCategory = { slug: string; name: string };

/**
 * The terms of the descriptions (stems and synonym concepts), as an inverted index: each term (sorted) with the
 * positions of the records using it, written as gaps from the previous position, which keeps the numbers, and so
 * the file, small.
 */
export type BodyIndex = { terms: string[]; gaps: number[][] };

/**
 * The downloaded file: a format version, categories in display order, records in name order, body terms, and the
 * edition's names of facets and their values.
 */
export type SearchFile = {
  version: 3;
  categories: SearchCategory[];
  records: SearchRecord[];
  body: BodyIndex;
  valueNames: ValueNames;
  facetNames: Record<FacetKey, string>;
};

/** The distinct terms of a Markdown body worth searching: no stop words, no link targets, no one-letter words. */
function bodyTerms(markdown: string): string[] {
  const words = wordsOf(markdownText(markdown));
  const terms = words.map(termOf);
  const distinct = new Set<string>();
  words.forEach((word, at) => {
    if (word.length > 1 && !isStopWord(word)) distinct.add(terms[at] ?? word);
  });
  return [...distinct, ...conceptsIn(terms)];
}

function bodyIndex(projects: readonly Project[], edition: SearchEdition): BodyIndex {
  const positions = new Map<string, number[]>();
  projects.forEach((project, position) => {
    const { tagline, body } = edition.textOf(project);
    // Terms the name, aliases or tagline already hold are found there, with more weight.
    const shown = new Set(shortTextTerms([project.name, ...project.aliases, tagline]));
    for (const term of bodyTerms(`${body}\n\n${edition.extraTextOf?.(project) ?? ""}`)) {
      if (shown.has(term)) continue;
      const list = positions.get(term);
      if (list) list.push(position);
      else positions.set(term, [position]);
    }
  });
  const terms = [...positions.keys()].sort();
  const gaps = terms.map((term) =>
    (positions.get(term) ?? []).map((position, at, list) => position - (at === 0 ? 0 : (list[at - 1] ?? 0))),
  );
  return { terms, gaps };
}

export function toSearchFile(
  projects: readonly Project[],
  categories: readonly Category[],
  edition: SearchEdition = englishSearchEdition,
): SearchFile {
  const byName = [...projects].sort((a, b) => compareText(a.name, b.name));
  return {
    version: 3,
    categories: categories.map((category) => ({ slug: category.slug, name: edition.categoryName(category) })),
    records: byName.map((project) => toSearchRecord(project, edition.textOf(project).tagline)),
    body: bodyIndex(byName, edition),
    valueNames: edition.valueNames,
    facetNames: edition.facetNames,
  };
}
