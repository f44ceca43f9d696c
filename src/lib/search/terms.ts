// Terms: what a word is indexed and searched by (its stem, British spellings made American), and the synonym
// concepts a run of terms names. The build (the search file) and the browser (queries) share these, so they agree.
import { stemmer } from "stemmer";
import { wordsOf } from "./text";
import { spellingVariants, synonymGroups } from "./word-variants";

// Short words and words with digits are names, tickers or model sizes ("io", "sn64", "h100"): kept as written.
const isStemmed = (word: string) => word.length > 3 && !/\d/.test(word);

const americanStems = new Map(
  spellingVariants.map(([british, american]) => [stemmer(british), stemmer(american)]),
);

const termCache = new Map<string, string>();

/** The term of one normalised word: "verifiable" → "verifi", "decentralised" → "decentr", "gpus" → "gpu". */
export function termOf(word: string): string {
  let term = termCache.get(word);
  if (term === undefined) {
    const stem = isStemmed(word) ? stemmer(word) : word;
    term = americanStems.get(stem) ?? stem;
    // Bounded: the cache serves a page's lifetime of typing, not every word ever seen.
    if (termCache.size > 50_000) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}

/** The terms of a text, in order, repeats kept. */
export const termsOf = (text: string): string[] => wordsOf(text).map(termOf);

/**
 * A concept stands for a synonym group in the index; "~" keeps it apart from words, so no typed word is a prefix
 * of it and fuzzy matching never reaches it.
 */
export const isConcept = (term: string) => term.startsWith("~");

type Phrase = { terms: readonly string[]; concept: string };

const noPhrases: readonly Phrase[] = [];

/** Each synonym phrase as terms, by first term, longest first so the longest phrase wins. */
const phrasesByFirstTerm = new Map<string, Phrase[]>();
for (const group of synonymGroups) {
  const concept = `~${termsOf(group[0] ?? "").join("_")}`;
  for (const alternative of group) {
    const terms = termsOf(alternative);
    const first = terms[0];
    if (first === undefined) continue;
    const list = phrasesByFirstTerm.get(first) ?? [];
    list.push({ terms, concept });
    list.sort((a, b) => b.terms.length - a.terms.length);
    phrasesByFirstTerm.set(first, list);
  }
}

const startsAt = (phrase: Phrase, terms: readonly string[], start: number) =>
  phrase.terms.every((term, offset) => terms[start + offset] === term);

/** The longest synonym phrase starting at `start`, if any: its concept and how many terms it spans. */
export function phraseAt(
  terms: readonly string[],
  start: number,
): { concept: string; length: number } | undefined {
  const phrase = phrasesByFirstTerm.get(terms[start] ?? "")?.find((each) => startsAt(each, terms, start));
  return phrase && { concept: phrase.concept, length: phrase.terms.length };
}

const noConcepts: readonly string[] = [];

/**
 * The concepts a run of terms mentions, each once ("zero knowledg machin learn" → "~zkml"); a phrase inside a
 * longer one counts as well, since the text says both. Indexing calls this for every text, so it allocates
 * nothing when a text names no concept, as most do.
 */
export function conceptsIn(terms: readonly string[]): readonly string[] {
  let found: Set<string> | undefined;
  for (let at = 0; at < terms.length; at++) {
    for (const phrase of phrasesByFirstTerm.get(terms[at]!) ?? noPhrases)
      if (startsAt(phrase, terms, at)) (found ??= new Set()).add(phrase.concept);
  }
  return found ? [...found] : noConcepts;
}

/** The single-word members of the concept's group, as terms: what to mark in results found through it. */
export function conceptWords(concept: string): string[] {
  const words: string[] = [];
  for (const phrases of phrasesByFirstTerm.values()) {
    for (const phrase of phrases) {
      if (phrase.concept === concept && phrase.terms.length === 1) words.push(...phrase.terms);
    }
  }
  return words;
}

/** The terms and concepts of each short text, as the browser indexes them (see the engine). */
export function shortTextTerms(texts: readonly string[]): string[] {
  return texts.flatMap((text) => {
    const terms = termsOf(text);
    terms.push(...conceptsIn(terms));
    return terms;
  });
}
