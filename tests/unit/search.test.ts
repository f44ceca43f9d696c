import { describe, expect, it } from "vitest";
import type { Category } from "@/lib/content/schema";
import { noFilters, type FacetFilters } from "@/lib/search/facets";
import { buildSearchIndex, runSearch } from "@/lib/search/engine";
import { toSearchFile } from "@/lib/search/search-file";
import { highlightSegments } from "@/lib/search/highlight";
import {
  checkFilters,
  emptyView,
  maxQueryLength,
  parseSearchView,
  searchViewQuery,
  toggleFilter,
} from "@/lib/search/view-url";
import { testProject as project } from "./content-fixtures";

const categories = [
  { slug: "iaas-cloud", name: "Infrastructure-as-a-Service cloud" },
  { slug: "compute-marketplaces", name: "Compute marketplaces" },
  { slug: "zkml", name: "ZKML" },
] as Category[];

const projects = [
  project("akash-network", {
    name: "Akash Network",
    aliases: ["Akash"],
    category: "iaas-cloud",
    chains: ["cosmos"],
    resources: ["gpu", "cpu"],
    token: "AKT",
  }),
  project("render-network", {
    name: "Render Network",
    category: "iaas-cloud",
    chains: ["solana"],
    resources: ["gpu"],
    workloads: ["rendering"],
    token: "RENDER",
  }),
  project("gpu-hub", {
    name: "Hub Compute",
    tagline: "Rents out idle machines",
    category: "compute-marketplaces",
    chains: ["solana", "arbitrum"],
    resources: ["gpu"],
    body: "A marketplace that resells capacity from the Akash network and others, mostly decentralised storage.",
  }),
  project("prover", {
    name: "Prover Labs",
    tagline: "Verification of machine-learning results",
    category: "zkml",
    chains: ["ethereum"],
    resources: ["proofs"],
  }),
  project("cpu-farm", {
    name: "Farm",
    tagline: "Machines for rent",
    category: "compute-marketplaces",
    resources: ["cpu"],
    body: "Cheap CPU time for trained models, with verifiable inference through zero-knowledge proofs.",
  }),
];

const index = buildSearchIndex(toSearchFile(projects, categories));
const search = (text: string, filters: Partial<FacetFilters> = {}) =>
  runSearch(index, text, { ...noFilters, ...filters });
const slugs = (text: string, filters: Partial<FacetFilters> = {}) =>
  search(text, filters).hits.map((hit) => hit.record.slug);

describe("search ranking", () => {
  it("ranks a name match above a mention in another project's description", () => {
    expect(slugs("akash")).toEqual(["akash-network", "gpu-hub"]);
  });

  it("ranks a name above a tagline above a description", () => {
    // "machine" is in Prover's tagline and Farm's tagline; "rent" in Farm's tagline and Hub's tagline.
    expect(slugs("render")[0]).toBe("render-network");
    expect(slugs("verifiable")).toEqual(["prover", "cpu-farm"]);
  });

  it("forgives a typo in a name, but never makes gpu of cpu", () => {
    expect(slugs("akash netwrk")[0]).toBe("akash-network");
    expect(slugs("gpu")).not.toContain("cpu-farm");
    expect(slugs("cpu").sort()).toEqual(["akash-network", "cpu-farm"]);
  });

  it("matches the beginning of a word while it is typed", () => {
    expect(slugs("rend")[0]).toBe("render-network");
    expect(slugs("decentrali")).toEqual(["gpu-hub"]);
    expect(slugs("verifica")).toEqual(["prover", "cpu-farm"]);
  });

  it("finds a project by its token ticker and projects by a chain name", () => {
    expect(slugs("akt")).toEqual(["akash-network"]);
    expect(slugs("solana").sort()).toEqual(["gpu-hub", "render-network"]);
  });

  it("matches word forms and British and American spellings", () => {
    expect(slugs("verify")).toEqual(["prover", "cpu-farm"]);
    expect(slugs("verification")).toEqual(["prover", "cpu-farm"]);
    expect(slugs("gpus")).toEqual(slugs("gpu"));
    expect(slugs("decentralized storage")).toEqual(["gpu-hub"]);
    expect(slugs("train")).toEqual(["cpu-farm"]);
  });

  it("finds a synonym phrase through any of its forms", () => {
    expect(slugs("zkml")).toEqual(["prover", "cpu-farm"]);
    expect(slugs("zero-knowledge machine learning")).toEqual(slugs("zkml"));
  });

  it("lets stop words decide nothing, unless the query is only stop words", () => {
    expect(slugs("the akash and")).toEqual(slugs("akash"));
    expect(slugs("a")).toContain("akash-network");
  });

  it("shows the projects matching most words when none matches all, and says which word matched nothing", () => {
    const outcome = search("render cosmos bargain");
    expect(outcome.isPartial).toBe(true);
    expect(outcome.unmatched).toEqual(["bargain"]);
    expect(outcome.hits.map((hit) => hit.record.slug).sort()).toEqual(["akash-network", "render-network"]);
    const strict = search("render network");
    expect(strict.isPartial).toBe(false);
    expect(strict.hits.map((hit) => hit.record.slug)).toEqual(["render-network"]);
  });

  it("puts projects matching more words first, and rarer words weigh more", () => {
    // Akash Network's name outscores a mention in Hub's description, but Hub also runs on Solana.
    expect(slugs("akash solana bargain")).toEqual(["gpu-hub"]);
    const taglines = ["Orchid GPUs", "Lilac GPUs", "Lilac CPUs"].map((tagline, at) =>
      project(`flower-${at}`, { name: `Flower ${at}`, tagline }),
    );
    const flowers = buildSearchIndex(toSearchFile(taglines, categories));
    // No project says both; "orchid" is the rarer word, so its project leads.
    expect(runSearch(flowers, "orchid lilac", noFilters).hits.map((hit) => hit.record.slug)).toEqual([
      "flower-0",
      "flower-1",
      "flower-2",
    ]);
  });

  it("lists everything for an empty query and nothing for a query that matches nothing", () => {
    expect(slugs("")).toHaveLength(projects.length);
    expect(search("qzxv").hits).toEqual([]);
    expect(search("qzxv").isPartial).toBe(false);
  });
});

describe("search highlight", () => {
  it("marks the forms of a query word whole and the typed beginning of a longer word", () => {
    const { highlight } = search("verify rend");
    const marked = (text: string) =>
      highlightSegments(text, highlight)
        .filter((segment) => segment.isMatch)
        .map((segment) => segment.text);
    expect(marked("Verification and verifiable rendering")).toEqual(["Verification", "verifiable", "rend"]);
  });
});

describe("search facets", () => {
  it("ORs values of one facet and ANDs different facets", () => {
    expect(slugs("", { chain: ["cosmos", "ethereum"] }).sort()).toEqual(["akash-network", "prover"]);
    expect(slugs("", { chain: ["solana"], category: ["iaas-cloud"] })).toEqual(["render-network"]);
  });

  it("counts each value under the query and the other facets' filters, not its own", () => {
    const { counts } = search("", { chain: ["solana"] });
    expect(counts.chain.get("cosmos")).toBe(1);
    expect(counts.chain.get("solana")).toBe(2);
    expect(counts.category.get("iaas-cloud")).toBe(1);
    expect(counts.category.get("compute-marketplaces")).toBe(1);
    expect(counts.category.has("zkml")).toBe(false);
    expect(search("gpu").counts.resource.get("gpu")).toBe(3);
  });
});

describe("search address", () => {
  it("writes a view in one canonical order and reads it back", () => {
    const view = {
      query: " gpu ",
      filters: {
        ...noFilters,
        category: ["compute-marketplaces"],
        chain: ["solana", "arbitrum"],
        resource: ["gpu"],
        verification: ["proof"],
      },
    };
    const query = searchViewQuery(view);
    expect(query).toBe(
      "?q=gpu&chain=solana,arbitrum&resource=gpu&category=compute-marketplaces&verification=proof",
    );
    expect(parseSearchView(new URLSearchParams(query))).toEqual({ ...view, query: "gpu" });
  });

  it("keeps repeated values once and reports unknown ones with the nearest real value", () => {
    const view = parseSearchView(
      new URLSearchParams("chain=solana,solanna,solana&resource=gpu&resource=tpu&category=zkm"),
    );
    expect(view.filters.chain).toEqual(["solana", "solanna"]);
    const { filters, unknown } = checkFilters(view.filters, ["zkml", "ai-agents"]);
    expect(filters).toEqual({ ...noFilters, chain: ["solana"], resource: ["gpu"] });
    expect(unknown).toEqual([
      { key: "category", value: "zkm", suggestion: "zkml" },
      { key: "chain", value: "solanna", suggestion: "solana" },
      { key: "resource", value: "tpu", suggestion: "gpu" },
    ]);
  });

  it("cuts an overlong query to the limit", () => {
    const view = parseSearchView(new URLSearchParams({ q: "a".repeat(maxQueryLength + 50) }));
    expect(view.query).toHaveLength(maxQueryLength);
  });

  it("keeps hostile query text as it was typed and toggles a filter on and off", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    expect(
      parseSearchView(new URLSearchParams(searchViewQuery({ ...emptyView, query: hostile }))).query,
    ).toBe(hostile);
    const on = toggleFilter(emptyView, "chain", "solana");
    expect(on.filters.chain).toEqual(["solana"]);
    expect(toggleFilter(on, "chain", "solana").filters.chain).toEqual([]);
    expect(searchViewQuery(emptyView)).toBe("");
  });
});
