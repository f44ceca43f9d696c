import { describe, expect, it } from "vitest";
import type { Category } from "@/lib/content/schema";
import { noFilters, type FacetFilters } from "@/lib/search/facets";
import { buildSearchIndex, runSearch } from "@/lib/search/engine";
import { toSearchFile } from "@/lib/search/search-file";
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
    category: "compute-marketplaces",
    chains: ["solana", "arbitrum"],
    resources: ["gpu"],
    body: "A marketplace that resells capacity from the Akash network and others.",
  }),
  project("prover", { name: "Prover Labs", category: "zkml", chains: ["ethereum"], resources: ["proofs"] }),
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

  it("forgives a typo in a name", () => {
    expect(slugs("akash netwrk")[0]).toBe("akash-network");
  });

  it("finds a project by its token ticker and projects by a chain name", () => {
    expect(slugs("akt")).toEqual(["akash-network"]);
    expect(slugs("solana").sort()).toEqual(["gpu-hub", "render-network"]);
  });

  it("requires every word of the query and lists everything for an empty query", () => {
    expect(slugs("render cosmos")).toEqual([]);
    expect(slugs("")).toHaveLength(projects.length);
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
