import { describe, expect, it } from "vitest";
import {
  applyBrowseView,
  browseViewQuery,
  facetGroups,
  parseBrowseView,
  relatedProjects,
} from "@/lib/browse/groups";
import type { Category, Project } from "@/lib/content/schema";
import { chains } from "@/lib/facts/taxonomy";
import { chainCategoryMatrix, countsByLaunchYear } from "@/lib/browse/stats";
import { isStale } from "@/lib/content/review";
import { hueOf, monogram } from "@/lib/browse/monogram";
import { testProject as project } from "./content-fixtures";

const categories = [
  { slug: "iaas-cloud", name: "Cloud", order: 1, body: "", file: "" },
  { slug: "zkml", name: "ZKML", order: 2, body: "", file: "" },
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

const names = (list: Project[]) => list.map((item) => item.slug);

describe("browse views", () => {
  it("ORs values of one filter and ANDs the chain and resource filters", () => {
    const view = parseBrowseView(new URLSearchParams("chain=solana,ethereum&resource=gpu"));
    expect(names(applyBrowseView(projects, view))).toEqual(["alpha", "gamma"]);
    expect(names(applyBrowseView(projects, { ...view, chains: ["solana"] }))).toEqual(["alpha"]);
  });

  it("sorts by launch year or review date, newest first, projects without a year last", () => {
    expect(names(applyBrowseView(projects, { chains: [], resources: [], sort: "launched" }))).toEqual([
      "beta",
      "alpha",
      "gamma",
    ]);
    expect(names(applyBrowseView(projects, { chains: [], resources: [], sort: "reviewed" }))).toEqual([
      "gamma",
      "alpha",
      "beta",
    ]);
  });

  it("round-trips the view through the query string and ignores an unknown sort", () => {
    const view = { chains: ["solana", "arbitrum"], resources: ["gpu"], sort: "launched" as const };
    expect(browseViewQuery(view)).toBe("?chain=solana,arbitrum&resource=gpu&sort=launched");
    expect(parseBrowseView(new URLSearchParams(browseViewQuery(view)))).toEqual(view);
    expect(parseBrowseView(new URLSearchParams("sort=<script>")).sort).toBe("name");
    expect(browseViewQuery({ chains: [], resources: [], sort: "name" })).toBe("");
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
    expect(hueOf("akash-network")).toBe(hueOf("akash-network"));
    expect(hueOf("akash-network")).not.toBe(hueOf("render-network"));
  });
});
