import { describe, expect, it } from "vitest";
import { parseProjectFile } from "@/lib/content/parse-file";
import { formatProblem } from "@/lib/content/load";
import { bytes, projectFile, validFrontmatter, withField } from "./content-fixtures";

const file = "content/projects/example-compute.md";
const messagesFor = (text: string, name = file) =>
  parseProjectFile(name, bytes(text)).problems.map(formatProblem);

describe("parseProjectFile", () => {
  it("accepts a valid file and types its fields", () => {
    const { value, problems } = parseProjectFile(file, bytes(projectFile()));
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      slug: "example-compute",
      name: "Example Compute",
      chains: ["solana"],
      launched: 2022,
    });
    expect(value?.body).toBe("A short description of the project.");
  });

  it("names the file, the field and suggests the near chain", () => {
    const messages = messagesFor(
      projectFile(validFrontmatter.replace("- chain: solana", "- chain: solanna")),
    );
    expect(messages).toEqual([
      `${file}: deployments[0].chain: unknown chain "solanna"; did you mean "solana"?`,
    ]);
  });

  it("tells a contributor who still writes chains by hand what replaced them", () => {
    const messages = messagesFor(projectFile(`${validFrontmatter}\nchains: [solana]`));
    expect(messages).toEqual([
      `${file}: chains: unknown field "chains": chains are now derived from deployments; list each chain under deployments with its role (native, token or contracts), address and sources`,
    ]);
  });

  it("reports every problem of a file at once", () => {
    const frontmatter = withField(
      "name",
      "",
      validFrontmatter.replace("- chain: solana", "- chain: solanna"),
    );
    const messages = messagesFor(projectFile(frontmatter));
    expect(messages).toContain(`${file}: name: required field is missing (expected a text)`);
    expect(messages).toContain(
      `${file}: deployments[0].chain: unknown chain "solanna"; did you mean "solana"?`,
    );
  });

  it("rejects unknown fields, suggesting the intended one", () => {
    const messages = messagesFor(projectFile(`${validFrontmatter}\nwebsiet: https://x.test`));
    expect(messages).toEqual([`${file}: websiet: unknown field "websiet"; did you mean "website"?`]);
  });

  it("rejects URLs that are not https, suggesting the https address for an http one", () => {
    expect(messagesFor(projectFile(withField("website", "website: javascript:alert(1)")))).toEqual([
      `${file}: website: expected an https:// URL, got "javascript:alert(1)"`,
    ]);
    expect(messagesFor(projectFile(withField("website", "website: http://example.test/a")))).toEqual([
      `${file}: website: expected an https:// URL: write https://example.test/a, got "http://example.test/a"`,
    ]);
  });

  it("rejects impossible and future dates", () => {
    expect(messagesFor(projectFile(withField("lastReviewed", 'lastReviewed: "2025-02-30"')))).toEqual([
      `${file}: lastReviewed: expected a real calendar date, got "2025-02-30"`,
    ]);
    expect(messagesFor(projectFile(withField("lastReviewed", 'lastReviewed: "2999-01-01"')))).toEqual([
      `${file}: lastReviewed: expected a date that is not in the future, got "2999-01-01"`,
    ]);
  });

  it("gives the line of a YAML syntax error", () => {
    const messages = messagesFor(projectFile(withField("tagline", "tagline: [unclosed")));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(new RegExp(`^${file}: line \\d+: YAML syntax error: `));
  });

  it("requires each stated fact to cite an existing source", () => {
    const noTokenSource = withField(
      "citations",
      "citations: { resources: [1], workloads: [1], token: [3], tokenLaunched: [2], launched: [2], status: [1] }",
    );
    expect(
      messagesFor(
        projectFile(
          noTokenSource
            .split("\n")
            .filter(
              (line) => !/^ {2}(resources|workloads|token|tokenLaunched|launched|status): \[/.test(line),
            )
            .join("\n"),
        ),
      ),
    ).toEqual([`${file}: citations.token[0]: source 3 does not exist; this file has 2 sources`]);
    expect(messagesFor(projectFile(withField("tokenLaunched", "")))).toEqual([
      `${file}: citations.tokenLaunched: cites sources for "tokenLaunched", which this file does not state`,
    ]);
  });

  it("requires at least two sources", () => {
    const oneSource = validFrontmatter.replace(/ {2}- title: Example on a token listing\n.*\n.*\n/, "");
    expect(messagesFor(projectFile(oneSource.replace(/\[2\]/g, "[1]")))).toEqual([
      `${file}: sources: expected at least two sources, got a list`,
    ]);
  });

  it("rejects a file name that is not a slug, and an empty body", () => {
    expect(messagesFor(projectFile(validFrontmatter, ""), "content/projects/Example Compute.md")).toEqual([
      'content/projects/Example Compute.md: file name "Example Compute.md" is not a valid slug: use lowercase letters, digits and hyphens, such as "example-compute.md"',
      "content/projects/Example Compute.md: body: is empty; write the description below the frontmatter",
    ]);
  });
});
