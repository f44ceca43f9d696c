// What one query word stands for among the indexed terms: the term itself, its other forms, the terms it begins,
// and (for names and vocabulary) near misses.
import type Fuse from "fuse.js";
import { termOf } from "./terms";

type MatchKind = "exact" | "form" | "prefix" | "fuzzy";
export type Expansion = { term: string; quality: number; kind: MatchKind };

/** The parts of the index that expansion reads. */
export type TermIndex = {
  /** Every term of the short fields, sorted. */
  sortedTerms: readonly string[];
  /** Every term of the descriptions, sorted. */
  bodyTerms: readonly string[];
  /** Fuzzy-matchable terms (names, aliases, vocabulary) by first letter. */
  fuzzyByInitial: ReadonlyMap<string, Fuse<string>>;
};

/** The first position in a sorted list whose value is not below `word`. */
export function lowerBound(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? "") < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

const contains = (sorted: readonly string[], term: string) => sorted[lowerBound(sorted, term)] === term;
const hasTerm = (index: TermIndex, term: string) =>
  contains(index.sortedTerms, term) || contains(index.bodyTerms, term);

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
// The stemmer does not always cut a word's forms to one stem ("verify" → "verifi", "verification" → "verif"),
// and a half-typed word has no stem yet ("decentrali"); it keeps "-al" and "-er" on short words ("rent" and
// "rental", "mine" and "miner"). So an indexed term of five letters or more that begins the query's term and
// lacks at most three of its letters, or one that the query's term (four letters or more) begins and that has
// at most two letters more, is taken as another form of the same word. Longer tails join unrelated words
// ("smartphone" and "smart", "optimization" → "optim" and "optimistic").
const minShorterForm = 5;
const maxShorterTail = 3;
const minLongerFormBase = 4;
const maxLongerTail = 2;

/** The indexed terms a query word stands for, each with how well it matches (1 for the word itself). */
export function expandWord(index: TermIndex, word: string): Expansion[] {
  const term = termOf(word);
  const found = new Map<string, Expansion>();
  const isWord = hasTerm(index, term);
  if (isWord) found.set(term, { term, quality: 1, kind: "exact" });
  const addForm = (form: string) => {
    if (!found.has(form))
      found.set(form, { term: form, quality: 0.9 - 0.1 * Math.abs(term.length - form.length), kind: "form" });
  };
  for (
    let length = term.length - 1;
    length >= Math.max(minShorterForm, term.length - maxShorterTail);
    length--
  ) {
    const form = term.slice(0, length);
    if (hasTerm(index, form)) addForm(form);
  }
  if (term.length >= minLongerFormBase) {
    for (const form of [...withPrefix(index.sortedTerms, term), ...withPrefix(index.bodyTerms, term)])
      if (form.length - term.length <= maxLongerTail) addForm(form);
  }
  // Prefixes are for words still being typed, so they start from the word as typed: the stem of a finished
  // word begins too many others ("optimization" → "optim", which begins "optimistic").
  const prefixed = withPrefix(index.sortedTerms, word);
  if (word.length >= minBodyPrefixLength) prefixed.push(...withPrefix(index.bodyTerms, word));
  for (const other of prefixed) {
    if (!found.has(other))
      found.set(other, { term: other, quality: 0.5 + 0.3 * (word.length / other.length), kind: "prefix" });
  }
  // A word that exists as typed is probably meant: its near neighbours then count for less.
  const fuzzyWeight = isWord ? 0.35 : 0.75;
  const initials = term.length >= minFuzzyLength ? new Set(term.slice(0, 2)) : [];
  for (const initial of initials) {
    for (const { item: other, score = 1 } of index.fuzzyByInitial.get(initial)?.search(term) ?? []) {
      if (found.has(other)) continue;
      const isInside = other.includes(term);
      found.set(other, { term: other, quality: isInside ? 0.5 : fuzzyWeight * (1 - score), kind: "fuzzy" });
    }
  }
  return [...found.values()];
}
