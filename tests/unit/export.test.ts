import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { parseCsv, toCsv } from "@/lib/publish/csv";
import { csvColumns, toProjectCsvRows, toProjectRecords } from "@/lib/publish/project-records";
import { projectJsonSchema } from "@/lib/publish/open-data";
import { absoluteUrl } from "@/lib/site/urls";
import { trustAxisSlugs } from "@/lib/facts/trust-axes";

const { projects } = loadContent();
const records = JSON.parse(JSON.stringify(toProjectRecords(projects))) as Record<string, unknown>[];
const validate = new Ajv2020({ strict: false }).compile(projectJsonSchema());

describe("the public project records", () => {
  it("hold one record per project, in the same order", () => {
    expect(records.map((record) => record.slug)).toEqual(projects.map((project) => project.slug));
  });

  it("round-trip every project's facts through JSON, with its page address and nothing private", () => {
    projects.forEach((project, index) => {
      const { body, file, ...facts } = project;
      expect(body && file).toBeTruthy();
      expect(records[index], project.slug).toEqual({
        ...facts,
        url: absoluteUrl(`/projects/${project.slug}/`),
      });
    });
  });

  it("list the fields in the documented order", () => {
    const order = [
      "slug",
      "name",
      "aliases",
      "tagline",
      "category",
      "status",
      "activity",
      "deployments",
      "chains",
      "resources",
      "workloads",
      "token",
      "tokenLaunched",
      "launched",
      "website",
      "links",
      "trust",
      "sources",
      "citations",
      "lastReviewed",
      "url",
    ];
    for (const record of records) {
      expect(Object.keys(record)).toEqual(order.filter((key) => key in record));
    }
  });

  it("are valid project frontmatter once the derived slug, chains and url are set aside", () => {
    for (const { slug, url, chains, ...frontmatter } of records) {
      expect(typeof slug === "string" && typeof url === "string" && Array.isArray(chains)).toBe(true);
      expect(validate(frontmatter), `${String(slug)}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});

describe("the CSV download", () => {
  const rows = parseCsv(toCsv(toProjectCsvRows(toProjectRecords(projects))));
  const list = (text: string | undefined) => (text ? text.split(";") : []);

  it("has a header and one row per project, each as wide as the header", () => {
    expect(rows[0]).toEqual(csvColumns.map((column) => column.name));
    expect(rows).toHaveLength(projects.length + 1);
    for (const row of rows) expect(row).toHaveLength(csvColumns.length);
  });

  it("round-trips every project's facts through a CSV parser", () => {
    projects.forEach((project, index) => {
      const cells = Object.fromEntries(csvColumns.map((column, at) => [column.name, rows[index + 1]![at]!]));
      expect(cells.slug).toBe(project.slug);
      expect(cells.name).toBe(project.name);
      expect(list(cells.aliases)).toEqual(project.aliases);
      expect(cells.tagline).toBe(project.tagline);
      expect([cells.category, cells.status]).toEqual([project.category, project.status]);
      expect(list(cells.chains)).toEqual(project.chains);
      expect(list(cells.resources)).toEqual(project.resources);
      expect(list(cells.workloads)).toEqual(project.workloads);
      expect(cells.token).toBe(project.token ?? "");
      expect(cells.tokenLaunched).toBe(
        project.tokenLaunched === undefined ? "" : String(project.tokenLaunched),
      );
      expect(cells.launched).toBe(project.launched === undefined ? "" : String(project.launched));
      expect([cells["activity.date"], cells["activity.what"], cells["activity.url"]]).toEqual([
        project.activity.date,
        project.activity.what,
        project.activity.url,
      ]);
      const deployed = Array.isArray(project.deployments)
        ? project.deployments.map((entry) => entry.chain)
        : [project.deployments ?? ""].filter(Boolean);
      expect(list(cells.deployments).map((entry) => entry.split(":")[0])).toEqual(deployed);
      for (const axis of trustAxisSlugs)
        expect(cells[`trust.${axis}`]).toBe(project.trust?.[axis].value ?? "");
      expect(cells.website).toBe(project.website);
      expect(Object.fromEntries(list(cells.links).map((pair) => pair.split(/=(.*)/s).slice(0, 2)))).toEqual(
        project.links,
      );
      expect(list(cells.sources)).toEqual(project.sources.map((source) => source.url));
      expect(cells.lastReviewed).toBe(project.lastReviewed);
      expect(cells.url).toBe(absoluteUrl(`/projects/${project.slug}/`));
    });
  });
});
