import { describe, expect, it } from "vitest";
import { facetGroups, relatedProjects } from "@/lib/browse/groups";
import { applyBrowseView, browseViewQuery, parseBrowseView } from "@/lib/browse/view";
import { summarise } from "@/lib/browse/summary";
import { resources } from "@/lib/facts/taxonomy";
import type { Category } from "@/lib/content/schema";
import { chains } from "@/lib/facts/chains";
import { chainCategoryMatrix, countsByLaunchYear } from "@/lib/browse/stats";
import { isStale } from "@/lib/content/review";
import { hueOf, monogram } from "@/lib/browse/monogram";
import { testProject as project } from "./content-fixtures";

const known = { chain: chains.map((chain) => chain.slug), resource: resources.map((resource) => resource.slug) };

const categories = [
  { slug: "iaas-cloud", name: "Cloud", order: 1, isTrustRated: true, body: "", file: "" },
  { slug: "zkml", name: "ZKML", order: 2, isTrustRated: true, body: "", file: "" },
] satisfies Category[];

const projects = [
  project("alpha", { chains: ["solana"], resources: ["gpu"], launched: 2021, lastReviewed: "2026-03-01" }),
  project("beta", {
    chains: ["ethereum", "solana"],
    resources: ["storage"],
    launched: 2023,
    category: "zkml",
  }),
  project("gamma", { chains: ["ethereum"], resources: ["gpu", "cpu"], lastReviewed: "2026-05-01" }),
];

const names = (list: readonly { slug: string }[]) => list.map((item) => item.slug);
const summaries = projects.map((project) => summarise(project));

describe("browse views", () => {
  it("ORs values of one filter and ANDs the chain and resource filters", () => {
    const { view } = parseBrowseView(new URLSearchParams("chain=solana,ethereum&resource=gpu"), known);
    expect(names(applyBrowseView(summaries, view))).toEqual(["alpha", "gamma"]);
    expect(names(applyBrowseView(summaries, { ...view, chains: ["solana"] }))).toEqual(["alpha"]);
  });

  it("sorts by launch year, review date or last sign of life, newest first, projects without a year last", () => {
    expect(names(applyBrowseView(summaries, { chains: [], resources: [], sort: "launched" }))).toEqual([
      "beta",
      "alpha",
      "gamma",
    ]);
    const seen = [
      summarise(project("old", { activity: { date: "2025-01-05", what: "x", url: "https://old.test/" } })),
      summarise(project("new", { activity: { date: "2026-02-05", what: "x", url: "https://new.test/" } })),
    ];
    expect(names(applyBrowseView(seen, { chains: [], resources: [], sort: "activity" }))).toEqual([
      "new",
      "old",
    ]);
    expect(names(applyBrowseView(summaries, { chains: [], resources: [], sort: "reviewed" }))).toEqual([
      "gamma",
      "alpha",
      "beta",
    ]);
  });

  it("round-trips the view through the query string", () => {
    const view = { chains: ["solana", "arbitrum"], resources: ["gpu"], sort: "launched" as const };
    expect(browseViewQuery(view)).toBe("?chain=solana,arbitrum&resource=gpu&sort=launched");
    expect(parseBrowseView(new URLSearchParams(browseViewQuery(view)), known)).toEqual({ view, unknown: [] });
    expect(browseViewQuery({ chains: [], resources: [], sort: "name" })).toBe("");
  });

  it("reports unknown values in the address with the nearest real one, instead of filtering on them", () => {
    const { view, unknown } = parseBrowseView(
      new URLSearchParams("chain=solanna,base&sort=<script>&resource=gpu"),
      known,
    );
    expect(view).toEqual({ chains: ["base"], resources: ["gpu"], sort: "name" });
    expect(unknown).toEqual([
      { key: "sort", value: "<script>" },
      { key: "chain", value: "solanna", suggestion: "solana" },
    ]);
  });

  it("groups the projects of one chain by category, leaving out empty categories", () => {
    const groups = facetGroups(projects, categories, "chain", "ethereum");
    expect(groups.map((group) => [group.category.slug, names(group.projects)])).toEqual([
      ["iaas-cloud", ["gamma"]],
      ["zkml", ["beta"]],
    ]);
  });

  it("ranks related projects by shared category and chains", () => {
    expect(names(relatedProjects(projects[0]!, projects))).toEqual(["gamma", "beta"]);
  });
});

describe("stats", () => {
  it("counts projects per chain and category", () => {
    const matrix = chainCategoryMatrix(projects, chains, categories);
    expect(matrix.map((row) => [row.chain.slug, row.counts, row.total])).toEqual([
      ["ethereum", [1, 1], 2],
      ["solana", [1, 1], 2],
    ]);
  });

  it("counts launch years with gaps as zero and unknown years apart", () => {
    const { bars, unknown } = countsByLaunchYear(projects);
    expect(bars.map((bar) => [bar.label, bar.count])).toEqual([
      ["2021", 1],
      ["2022", 0],
      ["2023", 1],
    ]);
    expect(unknown).toBe(1);
  });
});

describe("review age and monograms", () => {
  it("marks a review older than 180 days as stale", () => {
    const today = new Date("2026-11-25T12:00:00Z");
    expect(isStale("2026-05-29", today)).toBe(false);
    expect(isStale("2026-05-27", today)).toBe(true);
  });

  it("makes two-letter monograms and stable hues", () => {
    expect(monogram("Akash Network")).toBe("AN");
    expect(monogram("io.net")).toBe("IN");
    expect(monogram("Gensyn")).toBe("GE");
    // The hue is part of each project's look: it must not change between builds or releases.
    expect(hueOf("akash-network")).toBe(173);
    expect(hueOf("akash-network")).not.toBe(hueOf("render-network"));
  });
});
