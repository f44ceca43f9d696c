// Text handling shared by the search index, the queries and the highlighting: one normalisation everywhere.

const combiningMarks = /[\u0300-\u036f]/g;
/** A word: a run of letters and digits. */
export const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * Lower case without accents, so "Añil" and "anil" are the same word, and "mạng lưu trữ" is "mang luu tru"; the
 * Vietnamese đ is a letter of its own, not an accented d, so it is mapped by hand.
 */
export const normalise = (text: string) =>
  text.normalize("NFKD").replace(combiningMarks, "").toLowerCase().replace(/đ/g, "d");

/** The normalised words of a text, in order, repeats kept. */
export const wordsOf = (text: string): string[] => normalise(text).match(wordPattern) ?? [];

// Words that carry no meaning of their own in a search ("what is the best gpu cloud", "akash vs io.net"): they
// never decide whether a project matches, and are left out of the body index to keep the search file small.
const stopWords = new Set(
  (
    "a an and are as at be been but by can do does for from had has have how if in into is it its itself " +
    "more most no not of on one or other our out over so some such than that the their them then there " +
    "these they this those through to too under up was we were what when where which while who will with " +
    "would you your also each both any all many much may might only own same very just about after again " +
    "against before being between during further here once off above below " +
    "i me my vs versus compare comparison want need find looking best good top like get project projects"
  ).split(" "),
);

export const isStopWord = (word: string) => stopWords.has(word);

const markdownLink = /\[([^\]]*)\]\([^)]*\)/g;
const bareUrl = /https?:\/\/\S+/g;

/** A Markdown body as searchable text: link texts kept, link targets and bare addresses dropped. */
export const markdownText = (markdown: string) => markdown.replace(markdownLink, "$1").replace(bareUrl, " ");
