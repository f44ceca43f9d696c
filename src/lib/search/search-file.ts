// The slim per-project record that search downloads: only the fields it matches on or shows.
import type { Category, Project } from "../content/schema";
import { rolesOnChain } from "../facts/project-facts";
import { trustAxisSlugs, type TrustAxisSlug } from "../facts/trust-axes";
import { bodyWords, wordsOf } from "./text";
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
 * The words of the descriptions, as an inverted index: each word (sorted) with the positions of the records
 * using it, written as gaps from the previous position, which keeps the numbers, and so the file, small.
 */
export type BodyIndex = { terms: string[]; gaps: number[][] };

/** The downloaded file: a format version, categories in display order, records in name order, body words. */
export type SearchFile = {
  version: 1;
  categories: SearchCategory[];
  records: SearchRecord[];
  body: BodyIndex;
};

function bodyIndex(projects: readonly Project[]): BodyIndex {
  const positions = new Map<string, number[]>();
  projects.forEach((project, position) => {
    // Words the name, aliases or tagline already hold are found there, with more weight.
    const shown = new Set(wordsOf([project.name, ...project.aliases, project.tagline].join(" ")));
    for (const word of bodyWords(project.body, shown)) {
      const list = positions.get(word);
      if (list) list.push(position);
      else positions.set(word, [position]);
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
    version: 1,
    categories: categories.map(({ slug, name }) => ({ slug, name })),
    records: byName.map(toSearchRecord),
    body: bodyIndex(byName),
  };
}
