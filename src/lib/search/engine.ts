// The search engine. Names, aliases, tickers, vocabulary values and taglines are indexed by word in the browser;
// names, aliases and values are matched fuzzily with Fuse.js over their distinct words (not over every record).
// Description words come prebuilt (see BodyIndex) and are matched by word and prefix, which costs almost nothing.
import Fuse from "fuse.js";
import {
  facetCounts,
  facetFailures,
  facetTable,
  failsAtMostOne,
  type FacetCounts,
  type FacetFilters,
  type FacetTable,
} from "./facets";
import type { BodyIndex, SearchCategory, SearchFile, SearchRecord } from "./search-file";
import { wordsOf, type Highlight } from "./text";
import { nameOf } from "../facts/vocabulary";

/** How much a word found in each field is worth: a name, alias or ticker match outranks everything else. */
const fieldWeights = { name: 10, alias: 8, token: 10, facet: 4, tagline: 3 } as const;
const bodyWeight = 1;
type Field = keyof typeof fieldWeights;
const fields = Object.keys(fieldWeights) as Field[];
const fuzzyFields: ReadonlySet<Field> = new Set(["name", "alias", "facet"]);

/** For each word of the short fields, the positions of the records holding it, per field. */
type Postings = Partial<Record<Field, number[]>>;

type MatchKind = "exact" | "prefix" | "fuzzy";
type Expansion = { term: string; quality: number; kind: MatchKind };

export type SearchIndex = {
  /** In name order, so a record's position breaks ties between equal scores. */
  records: readonly SearchRecord[];
  categories: readonly SearchCategory[];
  facets: FacetTable;
  postings: Map<string, Postings>;
  sortedTerms: readonly string[];
  body: BodyIndex;
  /** Fuzzy-matchable words by first letter: a typo seldom hits the first letter, so two buckets suffice. */
  fuzzyByInitial: Map<string, Fuse<string>>;
  /** Expansions of recent query words: while typing, only the last word is new. */
  expansions: Map<string, Expansion[]>;
};

export type SearchHit = { record: SearchRecord; score: number };
export type SearchOutcome = { hits: SearchHit[]; counts: FacetCounts; highlight: Highlight };

function fieldTexts(record: SearchRecord, categoryName: string): [Field, string][] {
  const values = [
    categoryName,
    ...record.chains.map((slug) => nameOf("chain", slug)),
    ...record.resources.map((slug) => nameOf("resource", slug)),
    ...record.workloads.map((slug) => nameOf("workload", slug)),
  ];
  return [
    ["name", record.name],
    ["alias", record.aliases.join(" ")],
    ["token", record.token ?? ""],
    ["facet", values.join(" ")],
    ["tagline", record.tagline],
  ];
}

export function buildSearchIndex({ records, categories, body }: SearchFile): SearchIndex {
  const categoryNames = new Map(categories.map((category) => [category.slug, category.name]));
  const postings = new Map<string, Postings>();
  const fuzzyTerms = new Map<string, Set<string>>();
  records.forEach((record, position) => {
    for (const [field, text] of fieldTexts(record, categoryNames.get(record.category) ?? record.category)) {
      for (const term of wordsOf(text)) {
        let entry = postings.get(term);
        if (!entry) postings.set(term, (entry = {}));
        const list = (entry[field] ??= []);
        if (list[list.length - 1] !== position) list.push(position);
        if (!fuzzyFields.has(field)) continue;
        const initial = term.charAt(0);
        if (!fuzzyTerms.has(initial)) fuzzyTerms.set(initial, new Set());
        fuzzyTerms.get(initial)?.add(term);
      }
    }
  });
  const fuzzyOptions = { threshold: 0.34, ignoreLocation: true, includeScore: true };
  return {
    records,
    categories,
    facets: facetTable(records),
    postings,
    sortedTerms: [...postings.keys()].sort(),
    body,
    fuzzyByInitial: new Map(
      [...fuzzyTerms].map(([initial, terms]) => [initial, new Fuse([...terms], fuzzyOptions)]),
    ),
    expansions: new Map(),
  };
}

/** The first position in a sorted list whose value is not below `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? "") < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

function withPrefix(sorted: readonly string[], word: string): string[] {
  const found: string[] = [];
  for (let at = lowerBound(sorted, word); at < sorted.length; at++) {
    const term = sorted[at] ?? "";
    if (!term.startsWith(word)) break;
    found.push(term);
  }
  return found;
}

// Under four letters a typo is another word ("gpu" and "cpu"), so short words are matched exactly or as prefixes.
const minFuzzyLength = 4;
// Prefixes this short would pull in most of the descriptions.
const minBodyPrefixLength = 3;

/** The indexed words a query word stands for, each with how well it matches (1 for the word itself). */
function expand(index: SearchIndex, word: string): Expansion[] {
  const cached = index.expansions.get(word);
  if (cached) return cached;
  const found = new Map<string, Expansion>();
  const isWord = index.postings.has(word) || index.body.terms[lowerBound(index.body.terms, word)] === word;
  if (isWord) found.set(word, { term: word, quality: 1, kind: "exact" });
  const prefixed = withPrefix(index.sortedTerms, word);
  if (word.length >= minBodyPrefixLength) prefixed.push(...withPrefix(index.body.terms, word));
  for (const term of prefixed) {
    if (!found.has(term))
      found.set(term, { term, quality: 0.5 + 0.3 * (word.length / term.length), kind: "prefix" });
  }
  // A word that exists as typed is probably meant: its near neighbours then count for less.
  const fuzzyWeight = isWord ? 0.35 : 0.75;
  const initials = word.length >= minFuzzyLength ? new Set(word.slice(0, 2)) : [];
  for (const initial of initials) {
    for (const { item: term, score = 1 } of index.fuzzyByInitial.get(initial)?.search(word) ?? []) {
      if (found.has(term)) continue;
      const isInside = term.includes(word);
      found.set(term, { term, quality: isInside ? 0.5 : fuzzyWeight * (1 - score), kind: "fuzzy" });
    }
  }
  const expansions = [...found.values()];
  if (index.expansions.size > 2000) index.expansions.clear();
  index.expansions.set(word, expansions);
  return expansions;
}

/** Forgets remembered query words, so a benchmark measures every query from scratch. */
export const forgetExpansions = (index: SearchIndex) => index.expansions.clear();

/** Best weighted match of one query word per record (0 where the word is absent). */
function wordScores(index: SearchIndex, word: string, isCandidate: Uint8Array): Float32Array {
  const best = new Float32Array(index.records.length);
  const raise = (record: number, score: number) => {
    if (isCandidate[record] && score > (best[record] ?? 0)) best[record] = score;
  };
  for (const { term, quality } of expand(index, word)) {
    const entry = index.postings.get(term);
    for (const field of entry ? fields : []) {
      const score = fieldWeights[field] * quality;
      for (const record of entry?.[field] ?? []) raise(record, score);
    }
    const at = lowerBound(index.body.terms, term);
    if (index.body.terms[at] !== term) continue;
    let record = 0;
    for (const gap of index.body.gaps[at] ?? []) raise((record += gap), bodyWeight * quality);
  }
  return best;
}

/**
 * Runs a query: every query word must match (fuzzily in names, by word or prefix in text); results pass all
 * facet filters; facet counts include records that fail only the facet being counted.
 */
export function runSearch(index: SearchIndex, text: string, filters: FacetFilters): SearchOutcome {
  const queryWords = [...new Set(wordsOf(text))];
  const { records } = index;
  const failures = facetFailures(index.facets, filters);
  const isCandidate = Uint8Array.from(failures, (bits) => (failsAtMostOne(bits) ? 1 : 0));
  const total = new Float32Array(records.length);
  for (const word of queryWords) {
    const scores = wordScores(index, word, isCandidate);
    for (let record = 0; record < records.length; record++) {
      const score = scores[record] ?? 0;
      if (score === 0) isCandidate[record] = 0;
      else total[record]! += score;
    }
  }
  const order: number[] = [];
  for (let record = 0; record < records.length; record++) {
    if (isCandidate[record] && failures[record] === 0) order.push(record);
  }
  // Records are in name order, so equal scores stay alphabetical.
  if (queryWords.length > 0) order.sort((a, b) => (total[b] ?? 0) - (total[a] ?? 0) || a - b);
  const terms = new Set(
    queryWords.flatMap((word) =>
      expand(index, word).flatMap(({ term, kind }) => (kind === "prefix" ? [] : [term])),
    ),
  );
  return {
    hits: order.map((record) => ({ record: records[record]!, score: total[record] ?? 0 })),
    counts: facetCounts(index.facets, failures, isCandidate),
    highlight: { terms, prefixes: queryWords },
  };
}
