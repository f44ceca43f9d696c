// Each file in tests/fixtures/bad-content has one fault; the loader must name the file, the field and the fix.
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent, ContentError, loadContent } from "@/lib/content/load";
import { parseCategoryFile, parseProjectFile } from "@/lib/content/parse-file";
import { contentTree } from "./content-fixtures";

const fixtureRoot = "tests/fixtures/bad-content";
const projectsDir = `${fixtureRoot}/projects`;
const categoriesDir = `${fixtureRoot}/categories`;

type Expected = { file: string; field?: string; message: string };

/** One problem per fixture: `message` is a fragment naming what was expected and, where there is one, the fix. */
const projectCases: Expected[] = [
  { file: "yaml-syntax-error.md", message: "line 4: YAML syntax error: missed comma" },
  { file: "tab-indentation.md", message: "line 9: YAML syntax error: tab characters" },
  { file: "duplicate-key.md", field: "name", message: 'line 16: "name" is set twice; keep only one "name:"' },
  { file: "duplicate-nested-key.md", message: 'line 18: "docs" is set twice; keep only one "docs:"' },
  {
    file: "wrong-type-chains-string.md",
    field: "chains",
    message: 'expected a list, got "solana"; write a list in brackets, such as [solana]',
  },
  {
    file: "launched-as-text.md",
    field: "launched",
    message: 'expected a year as a whole number, such as 2021, got "2021"; write the number without quotes',
  },
  {
    file: "unknown-chain-solanna.md",
    field: "chains[0]",
    message: 'unknown chain "solanna"; did you mean "solana"?',
  },
  {
    file: "unknown-category.md",
    field: "category",
    message: 'unknown category "compute-marketplace"; did you mean "compute-marketplaces"?',
  },
  {
    file: "missing-category.md",
    field: "category",
    message: "required field is missing (expected one of: iaas-cloud, compute-marketplaces,",
  },
  {
    file: "unknown-resource.md",
    field: "resources[0]",
    message: 'unknown resource "gpus"; did you mean "gpu"?',
  },
  { file: "unknown-status.md", field: "status", message: 'unknown status "activ"; did you mean "active"?' },
  {
    file: "unknown-field-websiet.md",
    field: "websiet",
    message: 'unknown field "websiet"; did you mean "website"?',
  },
  { file: "missing-name.md", field: "name", message: "required field is missing (expected a text)" },
  { file: "missing-sources.md", field: "sources", message: "required field is missing (expected a list)" },
  { file: "one-source.md", field: "sources", message: "expected at least two sources" },
  {
    file: "duplicate-source-url.md",
    field: "sources[1].url",
    message: "repeats the URL of sources[0]; each source must be a different page",
  },
  {
    file: "javascript-url.md",
    field: "website",
    message: 'expected an http(s) URL, got "javascript:alert(1)"',
  },
  { file: "data-url-in-links.md", field: "links.docs", message: 'expected an http(s) URL, got "data:' },
  {
    file: "ftp-source-url.md",
    field: "sources[0].url",
    message: 'expected an http(s) URL, got "ftp://files.fixture.test/intro.txt"',
  },
  {
    file: "impossible-date.md",
    field: "lastReviewed",
    message: 'expected a real calendar date, got "2026-02-30"',
  },
  {
    file: "future-date.md",
    field: "lastReviewed",
    message: 'expected a date that is not in the future, got "2999-01-01"',
  },
  {
    file: "future-launch-year.md",
    field: "launched",
    message: "expected a year that is not in the future, got 2999",
  },
  { file: "empty-body.md", field: "body", message: "is empty; write the description below the frontmatter" },
  { file: "huge-body.md", field: "body", message: "is 22799 characters long; keep it under 20000" },
  {
    file: "byte-order-mark.md",
    message: "starts with a byte-order mark; save it as UTF-8 without BOM",
  },
  {
    file: "crlf-line-endings.md",
    message: "uses Windows (CRLF) line endings; save it with LF line endings",
  },
  { file: "invalid-utf8.md", message: "is not valid UTF-8 text; save it with UTF-8 encoding" },
  {
    file: "Not_A_Slug.md",
    message:
      'file name "Not_A_Slug.md" is not a valid slug: use lowercase letters, digits and hyphens, such as "not-a-slug.md"',
  },
  {
    file: "citation-to-missing-source.md",
    field: "citations.chains[0]",
    message: "source 3 does not exist; this file has 2 sources",
  },
  {
    file: "uncited-fact.md",
    field: "citations.token",
    message: '"token" is stated but cites no source; list the numbers of the sources',
  },
  {
    file: "tagline-too-long.md",
    field: "tagline",
    message: "expected a tagline of at most 140 characters",
  },
  {
    file: "bad-ticker.md",
    field: "token",
    message: 'expected a ticker of 2 to 10 capital letters or digits, such as AKT, got "$fxc"',
  },
  {
    file: "no-frontmatter.md",
    message: "has no frontmatter; the first line must be --- followed by YAML fields",
  },
  {
    file: "javascript-frontmatter-engine.md",
    message: "has no frontmatter; the first line must be --- followed by YAML fields",
  },
  {
    file: "unclosed-frontmatter.md",
    message: "has no closing --- line; end the frontmatter with a line holding only ---",
  },
  { file: "frontmatter-is-a-list.md", field: "frontmatter", message: "expected a mapping, got a list" },
];

/** Each "-b" file repeats the name or website of its "-a" file, which is valid on its own. */
const duplicateCases = [
  { first: "duplicate-name-a.md", second: "duplicate-name-b.md", field: "name", value: '"twin compute"' },
  {
    first: "duplicate-website-a.md",
    second: "duplicate-website-b.md",
    field: "website",
    value: '"https://www.Mirror.test/"',
  },
];

const categoryCases: Expected[] = [
  {
    file: "unknown-category-slug/compute-marketplace.md",
    message:
      '"compute-marketplace" is not a category of the directory; did you mean "compute-marketplaces.md"?',
  },
  {
    file: "missing-order/zkml.md",
    field: "order",
    message: "required field is missing (expected a whole number that sets the display order)",
  },
  {
    file: "order-as-text/zkml.md",
    field: "order",
    message: 'expected a whole number that sets the display order, got "sixth"',
  },
];

const expectedProblem = (file: string, { field, message }: Expected) => ({
  file,
  field,
  message: expect.stringContaining(message),
});

const filesIn = (directory: string) =>
  readdirSync(directory, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith(".md"))
    .sort();

describe("bad-content fixtures", () => {
  it("has an expectation for every fixture file, and a file for every expectation", () => {
    const duplicates = duplicateCases.flatMap(({ first, second }) => [first, second]);
    expect(filesIn(projectsDir)).toEqual([...projectCases.map(({ file }) => file), ...duplicates].sort());
    expect(filesIn(categoriesDir)).toEqual(categoryCases.map(({ file }) => file).sort());
    expect(projectCases.length + duplicates.length + categoryCases.length).toBeGreaterThanOrEqual(32);
  });

  it.each(projectCases)("$file: reports exactly its one fault", (expected) => {
    const file = `${projectsDir}/${expected.file}`;
    const { value, problems } = parseProjectFile(file, readFileSync(file));
    expect(value).toBeUndefined();
    expect(problems).toEqual([expectedProblem(file, expected)]);
  });

  it.each(categoryCases)("categories/$file: reports exactly its one fault", (expected) => {
    const file = `${categoriesDir}/${expected.file}`;
    const { value, problems } = parseCategoryFile(file, readFileSync(file));
    expect(value).toBeUndefined();
    expect(problems).toEqual([expectedProblem(file, expected)]);
  });

  it.each(duplicateCases)("$second: repeats the $field of $first", ({ first, second, field, value }) => {
    const pairDir = mkdtempSync(path.join(tmpdir(), "atlas-duplicates-"));
    for (const name of [first, second]) cpSync(`${projectsDir}/${name}`, path.join(pairDir, name));
    for (const name of [first, second])
      expect(parseProjectFile(name, readFileSync(path.join(pairDir, name))).problems).toEqual([]);

    const { problems } = checkContent(contentTree({}), [pairDir]);
    expect(problems).toEqual([
      {
        file: expect.stringMatching(new RegExp(`/${second}$`)),
        field,
        message: expect.stringMatching(
          new RegExp(`^${value.replace(/[.?]/g, "\\$&")} is already used by .*/${first}$`),
        ),
      },
    ]);
  });

  it("lists every fault of the whole corpus in one run, dropping none", () => {
    const root = contentTree({});
    const { projects, problems } = checkContent(root, [path.resolve(projectsDir)]);

    const expected = [
      ...projectCases.map((expected) => expectedProblem(`${projectsDir}/${expected.file}`, expected)),
      ...duplicateCases.map(({ first, second, field, value }) => ({
        file: `${projectsDir}/${second}`,
        field,
        message: `${value} is already used by ${projectsDir}/${first}`,
      })),
    ];
    expect(problems).toHaveLength(expected.length);
    expect(problems).toEqual(expect.arrayContaining(expected));

    // Only the duplicate pairs are valid one by one; every other fixture is named by a problem of its own.
    expect(projects.map((project) => project.slug).sort()).toEqual(
      duplicateCases.flatMap(({ first, second }) => [first, second]).map((name) => name.replace(".md", "")),
    );
    const named = new Set(problems.flatMap(({ file, message }) => [file, ...message.split(" ")]));
    for (const name of filesIn(projectsDir)) expect(named).toContain(`${projectsDir}/${name}`);
  });

  it("throws one ContentError naming every fault when the corpus is loaded", () => {
    const root = mkdtempSync(path.join(tmpdir(), "atlas-bad-content-"));
    cpSync(path.resolve("content/categories"), path.join(root, "categories"), { recursive: true });
    cpSync(path.resolve(projectsDir), path.join(root, "projects"), { recursive: true });

    let error: unknown;
    try {
      loadContent(root);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ContentError);
    const { problems } = error as ContentError;
    expect(problems).toHaveLength(projectCases.length + duplicateCases.length);
    expect(new Set(problems.map(({ file }) => path.basename(file)))).toEqual(
      new Set([...projectCases.map(({ file }) => file), ...duplicateCases.map(({ second }) => second)]),
    );
  });
});
