// The search engine. Names, aliases, tickers, vocabulary values and taglines are indexed by term in the browser;
// names, aliases and values are matched fuzzily with Fuse.js over their distinct terms (not over every record).
// Description terms come prebuilt (see BodyIndex) and are matched by term and prefix, which costs almost nothing.
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
import { expandWord, lowerBound, type Expansion, type TermIndex } from "./expand";
import type { Highlight } from "./highlight";
import { parseQuery, type QueryClause } from "./query";
import type { BodyIndex, SearchCategory, SearchFile, SearchRecord, ValueNames } from "./search-file";
import { conceptsIn, conceptWords, isConcept, shortTextTerms, termsOf } from "./terms";

/** How much a word found in each field is worth: a name, alias or ticker match outranks everything else. */
const fieldWeights = { name: 10, alias: 8, token: 10, facet: 4, tagline: 3 } as const;
const bodyWeight = 1;
type Field = keyof typeof fieldWeights;
const fields = Object.keys(fieldWeights) as Field[];
const fuzzyFields: ReadonlySet<Field> = new Set(["name", "alias", "facet"]);
/** A text found through a synonym counts a little less than the words the reader typed. */
const synonymQuality = 0.9;
/** Among projects matching a word equally well, those using it in more places come first. */
const breadthWeight = 0.1;
/** A query that is a project's whole name, alias or ticker ("io", "render") puts that project first. */
const wholeNameBonus = 1.5;

/** For each term of the short fields, the positions of the records holding it, per field. */
type Postings = Partial<Record<Field, number[]>>;

export type SearchIndex = TermIndex & {
  /** In name order, so a record's position breaks ties between equal scores. */
  records: readonly SearchRecord[];
  categories: readonly SearchCategory[];
  /** The edition's names of facets and facet values, for matching and display. */
  valueNames: ValueNames;
  facetNames: SearchFile["facetNames"];
  facets: FacetTable;
  postings: Map<string, Postings>;
  /** Each whole name, alias and ticker, as its terms, with the records it names. */
  wholeNames: Map<string, number[]>;
  body: BodyIndex;
  /** Expansions of recent query words: while typing, only the last word is new. */
  expansions: Map<string, Expansion[]>;
  /** A buffer for scoring, one slot per record, all zero between queries. */
  scoreSums: Float32Array;
};

export type SearchHit = { record: SearchRecord; score: number };
export type SearchOutcome = {
  hits: SearchHit[];
  counts: FacetCounts;
  highlight: Highlight;
  /** No project matched every word: the hits are those that match most of them. */
  isPartial: boolean;
  /** Query words (or phrases) that no project matches at all. */
  unmatched: string[];
};

export function buildSearchIndex({ records, categories, body, valueNames, facetNames }: SearchFile): SearchIndex {
  const categoryNames = new Map(categories.map((category) => [category.slug, category.name]));
  const postings = new Map<string, Postings>();
  const fuzzyTerms = new Map<string, Set<string>>();
  const wholeNames = new Map<string, number[]>();
  // Vocabulary values repeat on every record: their terms are worked out once.
  const knownValueTerms = new Map<string, readonly string[]>();
  const valueTerms = (text: string) => {
    let terms = knownValueTerms.get(text);
    if (!terms) knownValueTerms.set(text, (terms = shortTextTerms([text])));
    return terms;
  };
  records.forEach((record, position) => {
    const add = (field: Field, terms: readonly string[]) => {
      for (const term of terms) {
        let entry = postings.get(term);
        if (!entry) postings.set(term, (entry = {}));
        const list = (entry[field] ??= []);
        if (list[list.length - 1] !== position) list.push(position);
        if (!fuzzyFields.has(field) || isConcept(term)) continue;
        const initial = term.charAt(0);
        let bucket = fuzzyTerms.get(initial);
        if (!bucket) fuzzyTerms.set(initial, (bucket = new Set()));
        bucket.add(term);
      }
    };
    const addText = (field: Field, text: string) => {
      const terms = termsOf(text);
      add(field, terms);
      add(field, conceptsIn(terms));
      return terms;
    };
    const names = [
      addText("name", record.name),
      ...record.aliases.map((alias) => addText("alias", alias)),
      ...(record.token ? [addText("token", record.token)] : []),
    ];
    for (const name of new Set(names.map((terms) => terms.join(" ")))) {
      const list = wholeNames.get(name);
      if (list) list.push(position);
      else if (name) wholeNames.set(name, [position]);
    }
    addText("tagline", record.tagline);
    add("facet", valueTerms(categoryNames.get(record.category) ?? record.category));
    for (const slug of record.chains) add("facet", valueTerms(valueNames.chain[slug] ?? slug));
    for (const slug of record.resources) add("facet", valueTerms(valueNames.resource[slug] ?? slug));
    for (const slug of record.workloads) add("facet", valueTerms(valueNames.workload[slug] ?? slug));
  });
  const fuzzyOptions = { threshold: 0.34, ignoreLocation: true, includeScore: true };
  return {
    records,
    categories,
    valueNames,
    facetNames,
    facets: facetTable(records),
    postings,
    wholeNames,
    sortedTerms: [...postings.keys()].sort(),
    bodyTerms: body.terms,
    body,
    fuzzyByInitial: new Map(
      [...fuzzyTerms].map(([initial, terms]) => [initial, new Fuse([...terms], fuzzyOptions)]),
    ),
    expansions: new Map(),
    scoreSums: new Float32Array(records.length),
  };
}

function expand(index: SearchIndex, word: string): Expansion[] {
  let expansions = index.expansions.get(word);
  if (!expansions) {
    expansions = expandWord(index, word);
    if (index.expansions.size > 2000) index.expansions.clear();
    index.expansions.set(word, expansions);
  }
  return expansions;
}

/** Forgets remembered query words, so a benchmark measures every query from scratch. */
export const forgetExpansions = (index: SearchIndex) => index.expansions.clear();

/**
 * Per record, the best weighted match among the expansions (0 where none is found), plus a little for each
 * other place the record uses them.
 */
function expansionScores(index: SearchIndex, expansions: readonly Expansion[], isCandidate: Uint8Array) {
  const best = new Float32Array(index.records.length);
  // Sums go into a buffer kept on the index and cleared after use: this runs for every word of every keystroke.
  const sum = index.scoreSums;
  const touched: number[] = [];
  const raise = (record: number, score: number) => {
    if (!isCandidate[record]) return;
    if (sum[record] === 0) touched.push(record);
    sum[record]! += score;
    if (score > (best[record] ?? 0)) best[record] = score;
  };
  for (const { term, quality } of expansions) {
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
  for (const record of touched) {
    const top = best[record] ?? 0;
    best[record] = top + breadthWeight * ((sum[record] ?? 0) - top);
    sum[record] = 0;
  }
  return best;
}

/**
 * A clause's score per record: a phrase needs all its words (their mean score counts) unless the record uses a
 * synonym of the phrase; a single word is its best match or its synonyms' best.
 */
function clauseScores(index: SearchIndex, clause: QueryClause, isCandidate: Uint8Array): Float32Array {
  const perWord = clause.words.map((word) => expansionScores(index, expand(index, word), isCandidate));
  const scores = perWord[0] ?? new Float32Array(index.records.length);
  for (let record = 0; record < scores.length && perWord.length > 1; record++) {
    const wordScores = perWord.map((each) => each[record] ?? 0);
    scores[record] = wordScores.includes(0)
      ? 0
      : wordScores.reduce((sum, score) => sum + score) / wordScores.length;
  }
  if (clause.concept) {
    const synonyms = expansionScores(
      index,
      [{ term: clause.concept, quality: synonymQuality, kind: "exact" }],
      isCandidate,
    );
    synonyms.forEach((score, record) => {
      if (score > (scores[record] ?? 0)) scores[record] = score;
    });
  }
  return scores;
}

function highlightFor(index: SearchIndex, clauses: readonly QueryClause[]): Highlight {
  const terms = new Set<string>();
  for (const clause of clauses) {
    for (const word of clause.words)
      for (const { term, kind } of expand(index, word)) if (kind !== "prefix") terms.add(term);
    if (clause.concept) for (const term of conceptWords(clause.concept)) terms.add(term);
  }
  return { terms, prefixes: clauses.flatMap((clause) => clause.words) };
}

/**
 * Runs a query. Results pass all facet filters and match every clause of the query (a word, or a synonym
 * phrase), ranked by where each word is found (name above tagline above description), rarer words weighing
 * more. When no project matches every clause, the projects matching most of them are returned instead, those
 * matching more clauses first. Facet counts include records that fail only the facet being counted.
 */
export function runSearch(index: SearchIndex, text: string, filters: FacetFilters): SearchOutcome {
  const clauses = parseQuery(text);
  const { records } = index;
  const count = records.length;
  const failures = facetFailures(index.facets, filters);
  // Plain loops over typed arrays from here on: this runs on every keystroke, over every record.
  const isCandidate = new Uint8Array(count);
  let candidateCount = 0;
  for (let record = 0; record < count; record++) {
    if (!failsAtMostOne(failures[record] ?? 0)) continue;
    isCandidate[record] = 1;
    candidateCount++;
  }
  const total = new Float32Array(count);
  const matched = new Uint8Array(count);
  const unmatched: string[] = [];
  for (const clause of clauses) {
    const scores = clauseScores(index, clause, isCandidate);
    let found = 0;
    for (let record = 0; record < count; record++) if ((scores[record] ?? 0) > 0) found++;
    if (found === 0) unmatched.push(clause.words.join(" "));
    // Inverse document frequency: a word few projects use says more about the ones that do.
    const rarity = Math.log(1 + candidateCount / Math.max(found, 1));
    for (let record = 0; record < count; record++) {
      const score = scores[record] ?? 0;
      if (score === 0) continue;
      total[record]! += rarity * score;
      matched[record]!++;
    }
  }
  for (const record of index.wholeNames.get(termsOf(text).join(" ")) ?? []) total[record]! *= wholeNameBonus;
  let best = 0;
  for (let record = 0; record < count; record++) {
    if (failures[record] === 0 && (matched[record] ?? 0) > best) best = matched[record] ?? 0;
  }
  const isPartial = best > 0 && best < clauses.length;
  // Most of the words, but never more than the best record reaches.
  const needed = isPartial ? Math.min(best, Math.ceil(clauses.length / 2)) : clauses.length;
  const isMatch = new Uint8Array(count);
  for (let record = 0; record < count; record++)
    if (isCandidate[record] && (matched[record] ?? 0) >= needed) isMatch[record] = 1;
  const order: number[] = [];
  for (let record = 0; record < records.length; record++) {
    if (isMatch[record] && failures[record] === 0) order.push(record);
  }
  // Records are in name order, so equal scores stay alphabetical.
  if (clauses.length > 0)
    order.sort((a, b) => (matched[b] ?? 0) - (matched[a] ?? 0) || (total[b] ?? 0) - (total[a] ?? 0) || a - b);
  return {
    hits: order.map((record) => ({ record: records[record]!, score: total[record] ?? 0 })),
    counts: facetCounts(index.facets, failures, isMatch),
    highlight: highlightFor(index, clauses),
    isPartial,
    unmatched,
  };
}
