import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content";
import { toProjectRecords } from "@/lib/export";
import { projectJsonSchema } from "@/lib/open-data";
import { absoluteUrl } from "@/lib/site";

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
      "chains",
      "resources",
      "workloads",
      "token",
      "launched",
      "website",
      "links",
      "sources",
      "citations",
      "lastReviewed",
      "url",
    ];
    for (const record of records) {
      expect(Object.keys(record)).toEqual(order.filter((key) => key in record));
    }
  });

  it("are valid project frontmatter once slug and url are set aside", () => {
    for (const { slug, url, ...frontmatter } of records) {
      expect(typeof slug === "string" && typeof url === "string").toBe(true);
      expect(validate(frontmatter), `${String(slug)}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});
