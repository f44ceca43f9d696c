// Realistic benchmark queries over a synthetic directory: names, typos, prefixes, tickers, vocabulary, facets.
import { noFilters, type FacetFilters } from "../src/lib/search/facets";
import type { SearchRecord } from "../src/lib/search/search-file";
import { chains } from "../src/lib/facts/chains";
import { resources, workloads } from "../src/lib/facts/taxonomy";
import { seededRandom, type Random } from "./synthetic";

export type BenchQuery = { kind: string; text: string; filters: FacetFilters };

/** One edit (drop, swap, double or replace a letter) in a word of five letters or more. */
export function typo(random: Random, text: string): string {
  const words = text.split(" ");
  const candidates = words.map((word, at) => ({ word, at })).filter(({ word }) => word.length >= 5);
  if (candidates.length === 0) return text;
  const { word, at } = random.pick(candidates);
  const position = random.integer(1, word.length - 2);
  const letters = [...word];
  const edit = random.integer(0, 3);
  if (edit === 0) letters.splice(position, 1);
  else if (edit === 1)
    [letters[position], letters[position + 1]] = [letters[position + 1]!, letters[position]!];
  else if (edit === 2) letters.splice(position, 0, letters[position]!);
  else letters[position] = random.pick([..."aeiounrst"]);
  words[at] = letters.join("");
  return words.join(" ");
}

const textPhrases = [
  "gpu",
  "inference",
  "gpu inference",
  "rendering",
  "storage",
  "kubernetes",
  "zero-knowledge proofs",
  "idle graphics cards",
  "training runs",
  "marketplace",
  "agents",
  "bandwidth",
  "validators",
  "data labelling",
];

function randomFilters(random: Random, records: readonly SearchRecord[]): FacetFilters {
  const sample = random.pick(records);
  const shape = random.integer(0, 3);
  if (shape === 0) return { ...noFilters, chain: [random.pick(chains).slug] };
  if (shape === 1)
    return { ...noFilters, category: [sample.category], resource: sample.resources.slice(0, 1) };
  if (shape === 2)
    return { ...noFilters, chain: [random.pick(chains).slug, random.pick(chains).slug], resource: ["gpu"] };
  return {
    ...noFilters,
    category: [sample.category],
    chain: sample.chains.slice(0, 1),
    resource: [random.pick(resources).slug],
    workload: [random.pick(workloads).slug],
  };
}

/** `count` queries; about 40% of them also tick facet values. */
export function benchQueries(records: readonly SearchRecord[], count: number, seed = 7): BenchQuery[] {
  const random = seededRandom(seed);
  const kinds: [string, () => string][] = [
    ["name", () => random.pick(records).name],
    ["name typo", () => typo(random, random.pick(records).name.toLowerCase())],
    ["name prefix", () => random.pick(records).name.slice(0, random.integer(2, 6))],
    ["ticker", () => random.pick(records.filter((record) => record.token)).token ?? ""],
    ["chain", () => random.pick(chains).name],
    ["text", () => random.pick(textPhrases)],
    ["text typo", () => typo(random, random.pick(textPhrases))],
    ["no match", () => "qzxv blorptang"],
  ];
  return Array.from({ length: count }, (_, at) => {
    const [kind, make] = kinds[at % kinds.length]!;
    const withFacets = random.next() < 0.4;
    return {
      kind: withFacets ? `${kind} + facets` : kind,
      text: make(),
      filters: withFacets ? randomFilters(random, records) : noFilters,
    };
  });
}
