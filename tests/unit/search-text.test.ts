// The text helpers under search: word splitting, terms, query clauses, highlighting and comparison queries.
import { describe, expect, it } from "vitest";
import { comparisonSides } from "@/lib/search/comparison-query";
import { highlightSegments, type Highlight } from "@/lib/search/highlight";
import { parseQuery } from "@/lib/search/query";
import { conceptsIn, termOf, termsOf } from "@/lib/search/terms";
import { isStopWord, markdownText, normalise, wordsOf } from "@/lib/search/text";

describe("word splitting", () => {
  it("lower-cases, drops accents and splits on anything that is not a letter or digit", () => {
    expect(normalise("Añil ÉTÉ")).toBe("anil ete");
    expect(wordsOf("io.net, Fetch.ai & AO (Arweave) H100s")).toEqual([
      "io",
      "net",
      "fetch",
      "ai",
      "ao",
      "arweave",
      "h100s",
    ]);
    expect(wordsOf("  —  ")).toEqual([]);
  });

  it("keeps link texts of a Markdown body and drops link targets and bare addresses", () => {
    expect(
      wordsOf(markdownText("See [the docs](https://docs.test/x) or https://example.test/page now")),
    ).toEqual(["see", "the", "docs", "or", "now"]);
  });

  it("knows the words that never decide a match", () => {
    expect(["the", "and", "vs", "versus", "what", "best"].filter((word) => !isStopWord(word))).toEqual([]);
    expect(isStopWord("gpu")).toBe(false);
  });
});

describe("terms", () => {
  it("make the forms of a word one term", () => {
    expect(new Set(["train", "trained", "training"].map(termOf)).size).toBe(1);
    expect(new Set(["verify", "verified", "verifiable", "verifying"].map(termOf)).size).toBe(1);
    expect(termOf("gpus")).toBe(termOf("gpu"));
  });

  it("make British and American spellings one term", () => {
    expect(termOf("decentralised")).toBe(termOf("decentralized"));
    expect(termOf("optimisation")).toBe(termOf("optimization"));
    expect(termOf("centre")).toBe(termOf("center"));
  });

  it("leave short words, tickers and model names as written", () => {
    expect(["io", "sn64", "h100", "tao", "0g"].map(termOf)).toEqual(["io", "sn64", "h100", "tao", "0g"]);
  });

  it("find synonym phrases in a run of terms, in order and in any of their forms", () => {
    expect(conceptsIn(termsOf("A zero-knowledge machine-learning library"))).toEqual(["~zkml"]);
    expect(conceptsIn(termsOf("machine learning, zero knowledge"))).toEqual([]);
    expect([...conceptsIn(termsOf("GPU marketplaces and trusted execution environments"))].sort()).toEqual([
      "~gpu_cloud",
      "~tee",
    ]);
  });
});

describe("query clauses", () => {
  it("reads a synonym phrase as one clause and each other word as its own, repeats once", () => {
    expect(parseQuery("Verifiable inference on GPUs gpu")).toEqual([
      { words: ["verifiable", "inference"], terms: ["verifi", "infer"], concept: "~zkml" },
      { words: ["gpus"], terms: ["gpu"] },
    ]);
  });

  it("leaves out stop words unless the query has nothing else", () => {
    expect(parseQuery("the best gpu vs cpu").map((clause) => clause.words)).toEqual([["gpu"], ["cpu"]]);
    expect(parseQuery("the").map((clause) => clause.words)).toEqual([["the"]]);
    expect(parseQuery("  ")).toEqual([]);
  });
});

describe("highlighting", () => {
  const marked = (text: string, highlight: Highlight) =>
    highlightSegments(text, highlight)
      .filter((segment) => segment.isMatch)
      .map((segment) => segment.text);

  it("marks found word forms whole and typed beginnings up to where the query word ends", () => {
    const highlight = { terms: new Set([termOf("verify")]), prefixes: ["gp"] };
    expect(marked("Verified GPU results, verifiably", highlight)).toEqual(["Verified", "GP", "verifiably"]);
  });

  it("gives back the text unchanged, split into runs, however hostile", () => {
    const text = "<img src=x onerror=alert(1)> Render";
    const segments = highlightSegments(text, { terms: new Set(), prefixes: ["render"] });
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(segments.filter((segment) => segment.isMatch)).toEqual([{ text: "Render", isMatch: true }]);
    expect(highlightSegments("", { terms: new Set(), prefixes: [] })).toEqual([]);
  });

  it("marks a whole word when normalising changes its length", () => {
    // "ﬁ" is one character that normalises to two.
    expect(marked("ﬁnetuning", { terms: new Set(), prefixes: ["fine"] })).toEqual(["ﬁnetuning"]);
  });
});

describe("comparison queries", () => {
  it("find the sides of 'vs', 'versus', 'compare … and …' and 'difference between'", () => {
    expect(comparisonSides("akash vs io.net")).toEqual(["akash", "io.net"]);
    expect(comparisonSides("Akash vs. Render versus Golem?")).toEqual(["Akash", "Render", "Golem"]);
    expect(comparisonSides("compare render, golem and flux")).toEqual(["render", "golem", "flux"]);
    expect(comparisonSides("what is the difference between TAO and FET")).toEqual(["TAO", "FET"]);
  });

  it("leave ordinary searches alone", () => {
    expect(comparisonSides("gpu cloud")).toBeUndefined();
    expect(comparisonSides("akash vs")).toBeUndefined();
    expect(comparisonSides("compare")).toBeUndefined();
  });
});
