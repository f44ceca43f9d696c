// A typed query as clauses: each word, or each synonym phrase ("verifiable inference"), is one clause to match.
import { isStopWord, wordsOf } from "./text";
import { phraseAt, termOf } from "./terms";

export type QueryClause = {
  /** The normalised words as typed, for messages and for marking where a query word begins a shown word. */
  words: string[];
  /** Their terms (stems). */
  terms: string[];
  /** The synonym group the words name, when they name one: text using another member of the group matches too. */
  concept?: string;
};

/**
 * The clauses of a query, each once. Stop words ("the", "vs", "best") are left out, so they never decide a match,
 * unless the query is nothing else: then they are what the reader typed, often the start of a name ("a", "the").
 */
export function parseQuery(text: string): QueryClause[] {
  const words = wordsOf(text);
  const terms = words.map(termOf);
  const clauses: QueryClause[] = [];
  const stopClauses: QueryClause[] = [];
  const seen = new Set<string>();
  for (let at = 0; at < words.length;) {
    const phrase = phraseAt(terms, at);
    const length = phrase?.length ?? 1;
    const clause: QueryClause = {
      words: words.slice(at, at + length),
      terms: terms.slice(at, at + length),
      ...(phrase ? { concept: phrase.concept } : {}),
    };
    at += length;
    const key = clause.terms.join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    const isStop = !phrase && isStopWord(clause.words[0] ?? "");
    (isStop ? stopClauses : clauses).push(clause);
  }
  return clauses.length > 0 ? clauses : stopClauses;
}
