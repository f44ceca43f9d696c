import { describe, expect, it } from "vitest";
import {
  buildComparison,
  compareInputs,
  comparisonCsvRows,
  moveSlug,
  resolveSelection,
  type Comparison,
} from "@/lib/compare/comparison";
import { loadContent } from "@/lib/content/load";
import { toProjectRecords, type ProjectRecord } from "@/lib/publish/project-records";
import type { Project } from "@/lib/content/schema";
import { chainName } from "@/lib/facts/chains";
import { maxComparedProjects as maxCompared, pagePaths } from "@/lib/site/paths";
import { testProject } from "./content-fixtures";

const native = (chain: Project["chains"][number], sources = [1]) => ({
  chain,
  role: "native" as const,
  sources,
});

// Built the way the site builds /data/projects.json, from a project with the shared test defaults.
const record = (slug: string, fields: Partial<Project> = {}): ProjectRecord =>
  toProjectRecords([
    testProject(slug, {
      name: slug
        .split("-")
        .map((word) => word[0]!.toUpperCase() + word.slice(1))
        .join(" "),
      tagline: `${slug} tagline`,
      sources: [
        { title: `${slug} docs`, url: `https://${slug}.test/docs`, accessed: "2026-01-01" },
        { title: `${slug} blog`, url: `https://${slug}.test/blog`, accessed: "2026-01-02" },
      ],
      ...fields,
    }),
  ])[0]!;

const directory = [
  record("akash-network", {
    aliases: ["Akash"],
    deployments: [native("cosmos")],
    token: "AKT",
  }),
  record("render-network", { deployments: [native("solana", [2])], token: "RENDER" }),
  record("aethir", { deployments: [native("ethereum"), native("arbitrum")] }),
  record("io-net", { deployments: [native("solana")] }),
  record("gensyn", { deployments: [native("ethereum")] }),
];
const categoryNames = new Map([
  ["iaas-cloud", "IaaS cloud"],
  ["zkml", "ZKML"],
]);
const rowOf = (comparison: Comparison, fact: string) => comparison.rows.find((row) => row.fact === fact)!;
const presences = (comparison: Comparison, fact: string) =>
  rowOf(comparison, fact).cells.map((cell) =>
    Object.fromEntries(cell.values.map((value) => [value.key, value.presence])),
  );

describe("compareInputs", () => {
  it("splits on commas, joins repeated parameters, trims and drops empty entries, keeping the order", () => {
    const params = new URLSearchParams("projects=b, a,,&projects=c&other=x");
    expect(compareInputs(params)).toEqual(["b", "a", "c"]);
  });

  it("gives nothing when the parameter is absent", () => {
    expect(compareInputs(new URLSearchParams(""))).toEqual([]);
  });
});

describe("resolveSelection", () => {
  it("keeps known slugs in the order asked, whatever their letter case", () => {
    expect(resolveSelection(["render-network", "Akash-Network"], directory)).toEqual({
      slugs: ["render-network", "akash-network"],
      problems: [],
    });
  });

  it("names an unknown entry and suggests the nearest project by slug or by name", () => {
    const { slugs, problems } = resolveSelection(["akash-netwrk", "render", "qqqqqqqqqq"], directory);
    expect(slugs).toEqual([]);
    expect(problems).toEqual([
      {
        kind: "unknown",
        input: "akash-netwrk",
        suggestion: { slug: "akash-network", name: "Akash Network" },
      },
      { kind: "unknown", input: "render", suggestion: { slug: "render-network", name: "Render Network" } },
      { kind: "unknown", input: "qqqqqqqqqq", suggestion: undefined },
    ]);
  });

  it("reports a repeated project once and shows it once", () => {
    const { slugs, problems } = resolveSelection(["aethir", "gensyn", "aethir", "AETHIR"], directory);
    expect(slugs).toEqual(["aethir", "gensyn"]);
    expect(problems).toEqual([{ kind: "duplicate", project: { slug: "aethir", name: "Aethir" } }]);
  });

  it(`keeps the first ${maxCompared} projects and names the ones left out`, () => {
    const { slugs, problems } = resolveSelection(
      directory.map((project) => project.slug),
      directory,
    );
    expect(slugs).toEqual(directory.slice(0, maxCompared).map((project) => project.slug));
    expect(problems).toEqual([{ kind: "tooMany", leftOut: [{ slug: "gensyn", name: "Gensyn" }] }]);
  });

  it("asks for nothing when nothing is given", () => {
    expect(resolveSelection([], directory)).toEqual({ slugs: [], problems: [] });
  });

  it("reports an entry longer than any slug without searching for it, and keeps the rest", () => {
    const long = "a".repeat(150);
    expect(resolveSelection([long, "aethir"], directory)).toEqual({
      slugs: ["aethir"],
      problems: [{ kind: "tooLong", input: "a".repeat(100) }],
    });
  });

  it("stops looking after twenty entries and says how many were ignored", () => {
    const inputs = Array.from({ length: 25 }, () => "aethir");
    expect(resolveSelection(inputs, directory).problems).toContainEqual({ kind: "ignored", count: 5 });
  });
});

describe("compare addresses and moveSlug", () => {
  it("writes the slugs in order with readable commas", () => {
    expect(pagePaths.compare(["a", "b-c"])).toBe("/compare/?projects=a,b-c");
    expect(pagePaths.compare([])).toBe("/compare/");
  });

  it("moves a slug one place and leaves the ends alone", () => {
    expect(moveSlug(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(moveSlug(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
    expect(moveSlug(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveSlug(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });
});

describe("buildComparison", () => {
  const [akash, render, aethir, ionet, gensyn] = directory as [
    ProjectRecord,
    ProjectRecord,
    ProjectRecord,
    ProjectRecord,
    ProjectRecord,
  ];

  it("has one column per project in the order given and a row per fact with a cell per column", () => {
    const comparison = buildComparison([render, akash], categoryNames);
    expect(comparison.columns.map((column) => column.name)).toEqual(["Render Network", "Akash Network"]);
    expect(comparison.columns[0]!.href).toBe("/projects/render-network/");
    for (const row of comparison.rows)
      expect(row.cells.map((cell) => cell.slug)).toEqual(["render-network", "akash-network"]);
  });

  it("marks Cosmos against Solana as different, and each chain as held by one project only", () => {
    const comparison = buildComparison([akash, render], categoryNames);
    expect(rowOf(comparison, "deployments").isDifferent).toBe(true);
    expect(presences(comparison, "deployments")).toEqual([{ cosmos: "one" }, { solana: "one" }]);
    expect(rowOf(comparison, "deployments").cells[0]!.values[0]!.text).toBe(
      `${chainName("cosmos")} · native`,
    );
  });

  it("keeps shared values calm and picks out the unique ones", () => {
    const comparison = buildComparison([aethir, gensyn], categoryNames);
    expect(rowOf(comparison, "deployments").isDifferent).toBe(true);
    expect(presences(comparison, "deployments")).toEqual([
      { ethereum: "all", arbitrum: "one" },
      { ethereum: "all" },
    ]);
    expect(rowOf(comparison, "category").isDifferent).toBe(false);
    expect(rowOf(comparison, "category").cells[0]!.values[0]!.text).toBe("IaaS cloud");
  });

  it("tells a value some projects share from one all of them share", () => {
    const comparison = buildComparison([render, ionet, gensyn], categoryNames);
    expect(presences(comparison, "deployments")).toEqual([
      { solana: "some" },
      { solana: "some" },
      { ethereum: "one" },
    ]);
  });

  it("treats list values as sets: the same chains in another order do not differ", () => {
    const reversed = record("reversed", { deployments: [native("arbitrum"), native("ethereum")] });
    expect(rowOf(buildComparison([aethir, reversed], categoryNames), "deployments").isDifferent).toBe(false);
  });

  it("tells a value, a confirmed none and an unknown apart, and all-unknown as the same", () => {
    const noToken = record("no-token", { token: "none", citations: { token: [1] } });
    const comparison = buildComparison([akash, aethir, noToken], categoryNames);
    const token = rowOf(comparison, "token");
    expect(token.cells.map((cell) => [cell.state, cell.values.map((value) => value.text)])).toEqual([
      ["value", ["AKT"]],
      ["unknown", []],
      ["none", []],
    ]);
    expect(token.isDifferent).toBe(true);
    const unknownAndNone = buildComparison([aethir, noToken], categoryNames);
    expect(rowOf(unknownAndNone, "token").isDifferent).toBe(true);
    expect(rowOf(comparison, "launched").isDifferent).toBe(false);
    expect(rowOf(comparison, "workloads").cells.every((cell) => cell.values.length === 0)).toBe(true);
  });

  it("compares four projects, footnoting each cell with its own project's sources", () => {
    const comparison = buildComparison([akash, render, aethir, ionet], categoryNames);
    expect(comparison.columns).toHaveLength(4);
    const chains = rowOf(comparison, "deployments");
    expect(chains.cells.map((cell) => cell.values.map((value) => value.sourceNumbers))).toEqual([
      [[1]],
      [[2]],
      [[1], [1]],
      [[1]],
    ]);
    expect(presences(comparison, "deployments")).toEqual([
      { cosmos: "one" },
      { solana: "some" },
      { ethereum: "one", arbitrum: "one" },
      { solana: "some" },
    ]);
    expect(rowOf(comparison, "status").isDifferent).toBe(false);
    expect(rowOf(comparison, "website").isDifferent).toBe(true);
  });

  it("compares links by kind, not by address", () => {
    const one = record("one", { links: { docs: "https://one.test/docs", github: "https://github.com/one" } });
    const two = record("two", { links: { docs: "https://two.test/docs" } });
    const links = rowOf(buildComparison([one, two], categoryNames), "links");
    expect(links.isList).toBe(true);
    expect(presences(buildComparison([one, two], categoryNames), "links")).toEqual([
      { docs: "all", github: "one" },
      { docs: "all" },
    ]);
  });

  it("finds no difference with a single project", () => {
    const comparison = buildComparison([akash], categoryNames);
    expect(comparison.rows.some((row) => row.isDifferent)).toBe(false);
  });
});

describe("buildComparison over the real content", () => {
  const { projects, categories } = loadContent();
  const records = toProjectRecords(projects);
  const names = new Map(categories.map((category) => [category.slug, category.name]));
  const sameSet = (a: readonly unknown[], b: readonly unknown[]) =>
    JSON.stringify([...a].map(String).sort()) === JSON.stringify([...b].map(String).sort());

  it("marks a row as different exactly when the two project files differ in that fact", () => {
    for (const [index, left] of records.slice(1).entries()) {
      const right = records[index]!;
      const comparison = buildComparison([left, right], names);
      const pair = `${left.slug} vs ${right.slug}`;
      expect(rowOf(comparison, "category").isDifferent, pair).toBe(left.category !== right.category);
      const placements = (record: ProjectRecord) =>
        Array.isArray(record.deployments)
          ? record.deployments.map((entry) => `${entry.chain}/${entry.role}/${entry.bridged ?? false}`)
          : [String(record.deployments)];
      expect(rowOf(comparison, "deployments").isDifferent, pair).toBe(
        !sameSet(placements(left), placements(right)),
      );
      expect(rowOf(comparison, "resources").isDifferent, pair).toBe(
        !sameSet(left.resources, right.resources),
      );
      expect(rowOf(comparison, "token").isDifferent, pair).toBe(left.token !== right.token);
      expect(rowOf(comparison, "launched").isDifferent, pair).toBe(left.launched !== right.launched);
      expect(rowOf(comparison, "sourceCount").isDifferent, pair).toBe(
        left.sources.length !== right.sources.length,
      );
    }
  });
});

describe("comparisonCsvRows", () => {
  const one = record("one", {
    name: 'One, "the first"',
    deployments: [native("cosmos"), native("solana", [2])],
    token: "ONE",
    links: { docs: "https://one.test/docs" },
  });
  const two = record("two", {
    sources: [{ title: "Only", url: "https://two.test/only", accessed: "2026-02-01" }],
  });
  const rows = comparisonCsvRows(buildComparison([one, two], categoryNames));

  it("holds a header, the table's rows in order, then one row per source number", () => {
    const comparison = buildComparison([one, two], categoryNames);
    expect(rows[0]).toEqual(["Fact", 'One, "the first"', "Two", "Values differ"]);
    expect(rows.slice(1, comparison.rows.length + 1).map((row) => row[0])).toEqual(
      comparison.rows.map((row) => row.label),
    );
    expect(rows.slice(comparison.rows.length + 1).map((row) => row[0])).toEqual(["Source 1", "Source 2"]);
    for (const row of rows) expect(row).toHaveLength(4);
  });

  it("joins values, footnotes their sources, writes addresses and says unknown where nothing is known", () => {
    const byLabel = new Map(rows.map((row) => [row[0], row.slice(1)]));
    expect(byLabel.get("Chains")).toEqual([
      `${chainName("cosmos")} · native [1]; ${chainName("solana")} · native [2]`,
      "unknown",
      "yes",
    ]);
    expect(byLabel.get("Token")).toEqual(["ONE", "unknown", "yes"]);
    expect(byLabel.get("Website")).toEqual(["https://one.test", "https://two.test", "yes"]);
    expect(byLabel.get("Links")).toEqual(["Docs: https://one.test/docs", "unknown", "yes"]);
    expect(byLabel.get("Status")?.[2]).toBe("no");
    expect(byLabel.get("Source 2")).toEqual([
      "one blog (https://one.test/blog, accessed 2026-01-02)",
      "",
      "",
    ]);
  });
});
