// Which parts of a shown text to mark as matching the query: whole words whose term the search found, and the
// beginnings of words that a query word starts.
import { normalise, wordPattern } from "./text";
import { termOf } from "./terms";

export type Segment = { text: string; isMatch: boolean };

/** What to mark in a text: words whose term the search found, and query words that may begin a word. */
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
    const prefix = prefixes.find((candidate) => normal.startsWith(candidate));
    // A word the query begins is marked up to where the query word ends; one found as another form of a query
    // word, whole. Normalising can change a word's length (ligatures); then the whole word is marked.
    const marked = prefix
      ? normal.length === word.length
        ? prefix.length
        : word.length
      : terms.has(termOf(normal))
        ? word.length
        : 0;
    push(word.slice(0, marked), true);
    push(word.slice(marked), false);
    position = start + word.length;
  }
  push(text.slice(position), false);
  return segments;
}
