// The reviewed list of spellings and synonyms that search treats as one; tests/unit/search-variants.test.ts checks
// that every entry changes something and can find something in the content.
//
// Word forms (plurals, -ing, -ed, -ation, ...) need no entry: the Porter stemmer already makes "verify",
// "verified" and "verifiable" one term. Add an entry only when a search disappointed because the content says the
// same thing in other words, and add that search to the relevance cases in tests/unit/search-relevance.test.ts.

/**
 * British spelling → American spelling, as base words. Search maps the stem of the British word to the stem of
 * the American one, so every inflected form follows ("decentralised", "decentralisation" → "decentralized").
 * Only words the content uses, in either spelling, are listed.
 */
export const spellingVariants: readonly (readonly [british: string, american: string])[] = [
  ["decentralise", "decentralize"],
  ["centralise", "centralize"],
  ["optimise", "optimize"],
  ["tokenise", "tokenize"],
  ["monetise", "monetize"],
  ["incentivise", "incentivize"],
  ["utilise", "utilize"],
  ["organise", "organize"],
  ["specialise", "specialize"],
  ["prioritise", "prioritize"],
  ["recognise", "recognize"],
  ["customise", "customize"],
  ["standardise", "standardize"],
  ["virtualise", "virtualize"],
  ["containerise", "containerize"],
  ["parallelise", "parallelize"],
  ["anonymise", "anonymize"],
  ["authorise", "authorize"],
  ["visualise", "visualize"],
  ["analyse", "analyze"],
  ["capitalise", "capitalize"],
  ["globalise", "globalize"],
  ["personalise", "personalize"],
  // The stemmer already makes "central" and "centre" one stem (it strips "-al"); this adds "center".
  ["centre", "center"],
  ["behaviour", "behavior"],
  ["favour", "favor"],
  ["licence", "license"],
  ["catalogue", "catalog"],
];

/**
 * Phrases that name one thing in this field: a search for any of them also finds text that uses another. A
 * phrase matches its words in order ("zero-knowledge machine learning"); word forms and spellings still apply.
 * Keep a group to words that really are interchangeable: "gpu" and "cpu" are not synonyms.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  // Proving that a model really produced an output.
  [
    "zkml",
    "zero-knowledge machine learning",
    "zero-knowledge ml",
    "zk machine learning",
    "verifiable inference",
    "verifiable ai",
    "verifiable ml",
    "provable inference",
    "provable ml",
  ],
  // Renting someone else's graphics cards.
  ["gpu cloud", "compute marketplace", "gpu marketplace", "gpu rental", "compute market"],
  // Hardware-isolated computing.
  ["tee", "trusted execution environment", "enclave", "confidential computing"],
  ["llm", "large language model", "language model"],
  ["depin", "decentralized physical infrastructure"],
  ["data labelling", "data annotation"],
  ["fine-tuning", "finetuning"],
  ["layer 1", "l1"],
  ["layer 2", "l2"],
];
