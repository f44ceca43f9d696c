// The slim per-project record that search downloads: only the fields it matches on or shows.
import type { Category, Project } from "../content/schema";
import { rolesOnChain } from "../facts/project-facts";
import { trustAxisSlugs, type TrustAxisSlug } from "../facts/trust-axes";
import { isStopWord, markdownText, wordsOf } from "./text";
import { conceptsIn, termOf, termsOf } from "./terms";
import { compareText } from "../text/order";

export type SearchRecord = {
  slug: string;
  name: string;
  aliases: string[];
  tagline: string;
  token?: string;
  category: string;
  chains: string[];
  /** How the project sits on each of its chains ("solana: token (bridged)"), shown on result rows. */
  placements: string[];
  resources: string[];
  workloads: string[];
  /** The trust axis values of a rated project, as search facets. */
  trust?: Partial<Record<TrustAxisSlug, string>>;
};

export const toSearchRecord = (project: Project): SearchRecord => ({
  slug: project.slug,
  name: project.name,
  aliases: project.aliases,
  tagline: project.tagline,
  ...(project.token && project.token !== "none" ? { token: project.token } : {}),
  category: project.category,
  chains: project.chains,
  placements: project.chains.map((chain) => `${chain}: ${rolesOnChain(project, chain)}`),
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

/** The downloaded file: a format version, categories in display order, records in name order, body terms. */
export type SearchFile = {
  version: 2;
  categories: SearchCategory[];
  records: SearchRecord[];
  body: BodyIndex;
};

/** The terms and concepts of each short text, as the browser indexes them (see the engine). */
export function shortTextTerms(texts: readonly string[]): string[] {
  return texts.flatMap((text) => {
    const terms = termsOf(text);
    terms.push(...conceptsIn(terms));
    return terms;
  });
}

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

function bodyIndex(projects: readonly Project[]): BodyIndex {
  const positions = new Map<string, number[]>();
  projects.forEach((project, position) => {
    // Terms the name, aliases or tagline already hold are found there, with more weight.
    const shown = new Set(shortTextTerms([project.name, ...project.aliases, project.tagline]));
    for (const term of bodyTerms(project.body)) {
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

export function toSearchFile(projects: readonly Project[], categories: readonly Category[]): SearchFile {
  const byName = [...projects].sort((a, b) => compareText(a.name, b.name));
  return {
    version: 2,
    categories: categories.map(({ slug, name }) => ({ slug, name })),
    records: byName.map(toSearchRecord),
    body: bodyIndex(byName),
  };
}
