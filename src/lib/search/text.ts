// Text handling shared by the search index, the queries and the highlighting: one normalisation everywhere.

const combiningMarks = /[\u0300-\u036f]/g;
const wordPattern = /[\p{L}\p{N}]+/gu;

/** Lower case without accents, so "Añil" and "anil" are the same word. */
export const normalise = (text: string) => text.normalize("NFKD").replace(combiningMarks, "").toLowerCase();

/** The normalised words of a text, in order, repeats kept. */
export const wordsOf = (text: string): string[] => normalise(text).match(wordPattern) ?? [];

// Words too common to find anything by; they are left out of the body index to keep the search file small.
const stopWords = new Set(
  (
    "a an and are as at be been but by can do does for from had has have how if in into is it its itself " +
    "more most no not of on one or other our out over so some such than that the their them then there " +
    "these they this those through to too under up was we were what when where which while who will with " +
    "would you your also each both any all many much may might only own same very just about after again " +
    "against before being between during further here once off above below"
  ).split(" "),
);

const markdownLink = /\[([^\]]*)\]\([^)]*\)/g;
const bareUrl = /https?:\/\/\S+/g;

/** The distinct words of a Markdown body worth searching: no stop words, no link targets, no one-letter words. */
export function bodyWords(markdown: string, exclude: ReadonlySet<string> = new Set()): string[] {
  const text = markdown.replace(markdownLink, "$1").replace(bareUrl, " ");
  const distinct = new Set<string>();
  for (const word of wordsOf(text)) {
    if (word.length > 1 && !stopWords.has(word) && !exclude.has(word)) distinct.add(word);
  }
  return [...distinct];
}

export type Segment = { text: string; isMatch: boolean };

/** What to mark in a text: whole words found by the search, and query words that may begin a word. */
export type Highlight = { terms: ReadonlySet<string>; prefixes: readonly string[] };

/** Splits `text` into marked and unmarked runs, for rendering as React text (never as HTML). */
export function highlightSegments(text: string, { terms, prefixes }: Highlight): Segment[] {
  const segments: Segment[] = [];
  const push = (part: string, isMatch: boolean) => {
    if (!part) return;
    const last = segments.at(-1);
    if (last && last.isMatch === isMatch) last.text += part;
    else segments.push({ text: part, isMatch });
  };
  let position = 0;
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0];
    const start = match.index;
    push(text.slice(position, start), false);
    const normal = normalise(word);
    const prefix = terms.has(normal) ? normal : prefixes.find((candidate) => normal.startsWith(candidate));
    // Normalising can change a word's length (ligatures); then the whole word is marked.
    const marked = !prefix ? 0 : normal.length === word.length ? prefix.length : word.length;
    push(word.slice(0, marked), true);
    push(word.slice(marked), false);
    position = start + word.length;
  }
  push(text.slice(position), false);
  return segments;
}
