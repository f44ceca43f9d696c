// The relevance set: everyday searches against the real content, each with the projects a reader would expect
// near the top. When a search disappoints, add it here first (see docs/search.md), then make it pass.
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { comparisonOffer } from "@/lib/search/comparison-offer";
import { buildSearchIndex, runSearch } from "@/lib/search/engine";
import { noFilters } from "@/lib/search/facets";
import { toSearchFile } from "@/lib/search/search-file";

/** A search, the projects that must appear among its first `within` results (5 unless said), and its mode. */
type RelevanceCase = { query: string; expect: string[]; within?: number; isPartial?: boolean };

const cases: RelevanceCase[] = [
  // Typos.
  { query: "akash netwrk", expect: ["akash-network"], within: 1 },
  { query: "rendr", expect: ["render-network"], within: 1 },
  { query: "bittensr", expect: ["bittensor"], within: 1 },
  { query: "nosanna", expect: ["nosana"], within: 1 },
  { query: "livepear", expect: ["livepeer"], within: 1 },
  { query: "gensin", expect: ["gensyn"], within: 1 },
  { query: "phala netwrok", expect: ["phala-network"], within: 1 },
  // Word forms.
  { query: "rendering", expect: ["render-network"], within: 1 },
  { query: "verify", expect: ["mira-network", "polyhedra-network", "ezkl"], within: 10 },
  { query: "verification", expect: ["mira-network", "polyhedra-network", "ezkl"], within: 10 },
  { query: "gpus", expect: ["gpu-net", "node-ai"] },
  { query: "transcoding video", expect: ["livepeer"], within: 1 },
  { query: "labelled data", expect: ["sapien", "codatta", "synesis-one"] },
  { query: "trained models", expect: ["nous-research", "templar", "pluralis-research"], within: 10 },
  { query: "smartphones", expect: ["acurast"], within: 1 },
  // British and American spellings.
  { query: "decentralized cloud", expect: ["flux"], within: 1 },
  { query: "decentralised cloud", expect: ["flux"], within: 1 },
  { query: "decentralized training", expect: ["flock"], within: 1 },
  { query: "data center gpus", expect: ["aethir", "io-net"] },
  { query: "data centre gpus", expect: ["aethir", "io-net"] },
  { query: "data labeling", expect: ["sapien", "codatta", "synesis-one"] },
  { query: "data tokenisation", expect: ["ocean-protocol", "vana"], within: 10 },
  // Synonyms from src/lib/search/word-variants.ts.
  { query: "zkml", expect: ["ezkl", "modulus-labs", "lagrange"], within: 10 },
  {
    query: "verifiable inference",
    expect: ["ezkl", "inference-labs", "lagrange", "modulus-labs", "risc-zero"],
    within: 10,
  },
  { query: "zero-knowledge machine learning", expect: ["ezkl", "giza", "modulus-labs"], within: 10 },
  { query: "trusted execution environment", expect: ["phala-network", "oasis-rofl"], within: 10 },
  { query: "tee", expect: ["phala-network", "oasis-rofl", "near-ai"], within: 10 },
  { query: "compute marketplace", expect: ["golem", "clore-ai"], within: 15 },
  { query: "llm", expect: ["kuzco", "nous-research"] },
  { query: "fine tuning", expect: ["flock", "openledger"], within: 10 },
  { query: "finetuning", expect: ["flock", "openledger"], within: 10 },
  // Tickers.
  { query: "TAO", expect: ["bittensor"], within: 1 },
  { query: "$TAO", expect: ["bittensor"], within: 1 },
  { query: "FET", expect: ["fetch-ai"], within: 1 },
  { query: "AKT", expect: ["akash-network"], within: 1 },
  { query: "RNDR", expect: ["render-network"], within: 1 },
  { query: "GLM", expect: ["golem"], within: 1 },
  { query: "IO", expect: ["io-net"], within: 1 },
  // Former names and other names.
  { query: "ai16z", expect: ["elizaos"], within: 1 },
  { query: "kuzco", expect: ["kuzco"], within: 1 },
  { query: "autonolas", expect: ["olas"], within: 1 },
  { query: "zelcash", expect: ["flux"], within: 1 },
  { query: "upshot", expect: ["allora"], within: 1 },
  { query: "hyper oracle", expect: ["ora"], within: 1 },
  { query: "singularitydao", expect: ["singularity-finance"], within: 1 },
  { query: "opentensor", expect: ["bittensor"], within: 1 },
  { query: "zero gravity", expect: ["zero-g"], within: 1 },
  { query: "io.net", expect: ["io-net"], within: 1 },
  // A chain plus a resource or workload.
  { query: "solana gpu", expect: ["io-net", "nosana", "render-network"], within: 10 },
  { query: "gpu on solana", expect: ["io-net", "nosana"] },
  { query: "cosmos storage", expect: ["akash-network", "aioz-network"], within: 2 },
  { query: "bittensor gpu", expect: ["lium", "chutes", "targon"] },
  { query: "ethereum zk proofs", expect: ["lagrange", "risc-zero", "polyhedra-network"] },
  // Questions people type.
  { query: "what is bittensor", expect: ["bittensor"], within: 1 },
  { query: "how do i rent a gpu", expect: ["clore-ai", "golem", "nosana"], within: 15 },
  { query: "where can i train a model", expect: ["flock", "nous-research", "templar"], within: 10 },
  { query: "which projects pay for bandwidth", expect: ["grass"], within: 5 },
  // Phrases and topics.
  { query: "cloud gaming", expect: ["aethir"], within: 3 },
  { query: "web scraping", expect: ["grass", "masa"], within: 2 },
  { query: "stock market predictions", expect: ["numerai"], within: 1 },
  { query: "smart contract audit", expect: ["chaingpt", "metatrust"] },
  { query: "personal data", expect: ["vana"], within: 1 },
  { query: "proof of logits", expect: ["ambient"], within: 1 },
  { query: "intel tdx", expect: ["phala-network", "near-ai"] },
  { query: "asi alliance", expect: ["fetch-ai", "singularitynet"], within: 3 },
  // No project uses every word: the closest are shown.
  { query: "cheap gpu", expect: ["gpu-net"], isPartial: true },
  { query: "affordable rendering", expect: ["render-network"], within: 1, isPartial: true },
];

/** Queries that ask for a comparison, and the projects it should compare (none: the query stays a search). */
const comparisons: [query: string, slugs: string[] | undefined][] = [
  ["akash vs io.net", ["akash-network", "io-net"]],
  ["Akash versus io.net?", ["akash-network", "io-net"]],
  ["compare render and golem", ["render-network", "golem"]],
  ["TAO vs FET", ["bittensor", "fetch-ai"]],
  ["difference between flux and akash", ["flux", "akash-network"]],
  ["akash network vs render network vs io.net", ["akash-network", "render-network", "io-net"]],
  ["akash netwrk vs render", ["akash-network", "render-network"]],
  ["gpu vs cpu", undefined],
  ["akash vs akash", undefined],
  ["akash vs", undefined],
];

const { projects, categories } = loadContent();
const index = buildSearchIndex(toSearchFile(projects, categories));

describe("search relevance over the real content", () => {
  it("has at least 50 cases, each naming real projects", () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    const slugs = new Set(projects.map((project) => project.slug));
    const unknown = [
      ...cases.flatMap((each) => each.expect),
      ...comparisons.flatMap(([, each]) => each ?? []),
    ];
    expect(unknown.filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  it.each(cases)("“$query”", ({ query, expect: expected, within = 5, isPartial = false }) => {
    const outcome = runSearch(index, query, noFilters);
    const top = outcome.hits.slice(0, within).map((hit) => hit.record.slug);
    expect(
      expected.filter((slug) => !top.includes(slug)),
      `top ${within}: ${top.join(", ")}`,
    ).toEqual([]);
    expect(outcome.isPartial).toBe(isPartial);
  });

  it.each(comparisons)("“%s” offers a comparison of %j", (query, slugs) => {
    expect(comparisonOffer(query, index.records)?.slugs).toEqual(slugs);
  });
});
