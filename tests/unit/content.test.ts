import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { checkContent, ContentError, loadContent, normaliseWebsite } from "@/lib/content/load";
import { contentTree, projectFile, withField } from "./content-fixtures";

const second = withField("name", "name: Other Compute", withField("website", "website: https://other.test"));

describe("checkContent", () => {
  it("loads valid projects, skipping files that start with an underscore", () => {
    const root = contentTree({
      "example-compute.md": projectFile(),
      "other-compute.md": projectFile(second),
    });
    const { projects, categories, problems } = checkContent(root);
    expect(problems).toEqual([]);
    expect(projects.map((project) => project.slug)).toEqual(["example-compute", "other-compute"]);
    expect(categories.map((category) => category.order)).toEqual(
      categories.map((category) => category.order).sort((a, b) => a - b),
    );
    expect(categories.length).toBeGreaterThanOrEqual(7);
  });

  it("reports the problems of two broken files in one run", () => {
    const root = contentTree({
      "broken-one.md": projectFile(withField("status", "status: activ")),
      "broken-two.md": projectFile(withField("name", "", second)),
    });
    const messages = checkContent(root).problems.map(
      (problem) => `${problem.file.split("/").at(-1)}: ${problem.field}`,
    );
    expect(messages).toEqual(["broken-one.md: status", "broken-two.md: name"]);
  });

  it("names both files when two projects share a name or a website", () => {
    const sameName = withField("website", "website: https://other.test");
    const sameSite = withField(
      "name",
      "name: Other Compute",
      withField("website", "website: https://WWW.example-compute.test/"),
    );
    const { problems } = checkContent(
      contentTree({
        "a-one.md": projectFile(),
        "b-two.md": projectFile(sameName),
        "c-three.md": projectFile(sameSite),
      }),
    );
    expect(
      problems.map((problem) => [problem.file.split("/").at(-1), problem.field, problem.message]),
    ).toEqual([
      ["b-two.md", "name", expect.stringMatching(/^"Example Compute" is already used by .*a-one\.md$/)],
      ["c-three.md", "website", expect.stringMatching(/is already used by .*a-one\.md$/)],
    ]);
  });

  it("throws a ContentError listing every problem from loadContent", () => {
    const root = contentTree({
      "bad.md": projectFile(withField("category", "category: compute-marketplace")),
    });
    expect(() => loadContent(root)).toThrow(ContentError);
    expect(() => loadContent(root)).toThrow(
      /category: unknown category "compute-marketplace"; did you mean "compute-marketplaces"\?/,
    );
  });
});

describe("normaliseWebsite", () => {
  it("ignores scheme, www, case and trailing slashes", () => {
    expect(normaliseWebsite("https://WWW.Akash.network/")).toBe(normaliseWebsite("http://akash.network"));
  });
});

describe("the not-listed file", () => {
  it("is validated with the content, and may not name a listed project", () => {
    const root = contentTree({ "example-compute.md": projectFile() });
    writeFileSync(
      path.join(root, "not-listed.yaml"),
      [
        "unverified:",
        "  - { slug: example-compute, name: Example Compute, sourceSection: AI agents, reason: not found anywhere }",
        "considered:",
        "  - { slug: big-cloud, name: Big Cloud, reason: a centralized service, sources: [] }",
        "",
      ].join("\n"),
    );
    const { problems } = checkContent(root);
    expect(problems.map((problem) => [problem.field, problem.message])).toEqual([
      ["considered[0].sources", "expected at least one source that shows why it is left out, got a list"],
    ]);
    writeFileSync(
      path.join(root, "not-listed.yaml"),
      "unverified:\n  - { slug: example-compute, name: Example Compute, sourceSection: AI agents, reason: not found }\nconsidered: []\n",
    );
    expect(checkContent(root).problems.map((problem) => [problem.field, problem.message])).toEqual([
      [
        "unverified[0]",
        '"Example Compute" is also a project of the directory; remove it from one of the two',
      ],
    ]);
  });
});
