// Each file in tests/fixtures/bad-content has one fault; the loader must name the file, the field and the fix.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent, ContentError, loadContent } from "@/lib/content/load";
import { parseCategoryFile, parseProjectFile } from "@/lib/content/parse-file";
import { parsePriceFile } from "@/lib/prices/parse";
import { contentTree } from "./content-fixtures";

const fixtureRoot = "tests/fixtures/bad-content";
const projectsDir = `${fixtureRoot}/projects`;
const categoriesDir = `${fixtureRoot}/categories`;

type Expected = { file: string; field?: string; message: string };

/** One problem per fixture: `message` is a fragment naming what was expected and, where there is one, the fix. */
const projectCases: Expected[] = [
  { file: "yaml-syntax-error.md", message: "line 4: YAML syntax error: missed comma" },
  { file: "tab-indentation.md", message: "line 10: YAML syntax error: tab characters" },
  { file: "duplicate-key.md", field: "name", message: 'line 17: "name" is set twice; keep only one "name:"' },
  { file: "duplicate-nested-key.md", message: 'line 19: "docs" is set twice; keep only one "docs:"' },
  {
    file: "wrong-type-resources-string.md",
    field: "resources",
    message: 'expected a list, got "gpu"; write a list in brackets, such as [gpu]',
  },
  {
    file: "launched-as-text.md",
    field: "launched",
    message: 'expected a year as a whole number, such as 2021, got "2021"; write the number without quotes',
  },
  {
    file: "unknown-chain-solanna.md",
    field: "deployments[0].chain",
    message: 'unknown chain "solanna"; did you mean "solana"?',
  },
  {
    file: "missing-category.md",
    field: "category",
    message: "required field is missing (expected a category slug such as compute-marketplaces)",
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
    message: 'expected an https:// URL, got "javascript:alert(1)"',
  },
  { file: "data-url-in-links.md", field: "links.docs", message: 'expected an https:// URL, got "data:' },
  {
    file: "ftp-source-url.md",
    field: "sources[0].url",
    message: 'expected an https:// URL, got "ftp://files.fixture.test/intro.txt"',
  },
  {
    file: "http-website.md",
    field: "website",
    message: 'expected an https:// URL: write https://http-website.test, got "http://http-website.test"',
  },
  {
    file: "credentials-in-url.md",
    field: "website",
    message: "expected a URL without a user name or password",
  },
  { file: "localhost-url.md", field: "links.docs", message: "expected a public address, not localhost" },
  { file: "ip-address-url.md", field: "links.docs", message: "expected a domain name, not an IP address" },
  {
    file: "bad-evm-address.md",
    field: "deployments[0].address",
    message: '"0x12345" is not an address on ethereum; expected 0x followed by 40 hexadecimal digits',
  },
  {
    file: "bad-solana-address.md",
    field: "deployments[0].address",
    message: "is not an address on solana; expected a base58 mint or program address of 32 to 44 characters",
  },
  {
    file: "bad-cosmos-address.md",
    field: "deployments[0].address",
    message: "is not an address on osmosis; expected a bech32 contract address",
  },
  {
    file: "address-on-own-chain-without-format.md",
    field: "deployments[0].address",
    message: `"dynex" is a project's own chain without contract addresses; list it with role "native" and no address`,
  },
  {
    file: "token-without-address.md",
    field: "deployments[0].address",
    message: 'required for role "token": write the token address on base exactly as its explorer shows it',
  },
  {
    file: "unknown-role.md",
    field: "deployments[0].role",
    message: 'unknown role "tokn"; did you mean "token"?',
  },
  {
    file: "explorer-not-https.md",
    field: "deployments[0].explorer",
    message: "expected an https:// URL: write https://basescan.org/token/0x1111",
  },
  {
    file: "explorer-other-address.md",
    field: "deployments[0].explorer",
    message: "does not point at 0x1111111111111111111111111111111111111111; link to that address",
  },
  {
    file: "bridged-contracts.md",
    field: "deployments[0].bridged",
    message: 'only a deployment with role "token" can be bridged',
  },
  {
    file: "active-with-old-activity.md",
    field: "activity.date",
    message:
      'status is "active" but the newest sign of life (2024-06-30) is 559 days before lastReviewed; find a dated sign from the last 365 days, or set status: inactive',
  },
  {
    file: "missing-activity.md",
    field: "activity",
    message: "required field is missing (expected a mapping)",
  },
  {
    file: "token-none-with-year.md",
    field: "tokenLaunched",
    message: "is 2021 but token is none; write tokenLaunched: none or leave it out",
  },
  {
    file: "trust-value-without-source.md",
    field: "trust.verification.sources",
    message: "a rated value needs at least one source number; write unknown if no source settles it",
  },
  {
    file: "unknown-trust-value.md",
    field: "trust.supply.value",
    message: 'unknown supply value "permisionless"; did you mean "permissionless"?',
  },
  {
    file: "raw-html-body.md",
    field: "body",
    message: "line 1: raw HTML (<b> </b>) is not allowed; write Markdown instead",
  },
  {
    file: "image-in-body.md",
    field: "body",
    message: "line 3: images are not allowed in descriptions; link to the page instead",
  },
  {
    file: "h1-in-body.md",
    field: "body",
    message:
      "line 1: a # heading is not allowed (the page title is the project's name); use ## or plain text",
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
    field: "citations.status[0]",
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
    message: "expected at most 140 characters",
  },
  {
    file: "bad-ticker.md",
    field: "token",
    message: 'expected a ticker of 2 to 10 capital letters or digits, such as AKT, or none, got "$fxc"',
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

/** Valid alone; only the whole corpus shows the fault, because categories and their rules are content files. */
const corpusCases: Expected[] = [
  {
    file: "unknown-category.md",
    field: "category",
    message: 'unknown category "compute-marketplace"; did you mean "compute-marketplaces"?',
  },
  {
    file: "missing-trust-in-rated-category.md",
    field: "trust",
    message: 'required in the category "compute-marketplaces": rate verification, supply, settlement',
  },
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
    file: "trust-rated-as-text/zkml.md",
    field: "isTrustRated",
    message: 'expected true or false, got "yes"',
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

/** Price files: each has one fault. */
const priceCases: Expected[] = [
  {
    file: "unknown-gpu.yaml",
    field: "observations[0].gpu",
    message: 'unknown GPU model "h100-sxm"; did you mean "h100-sxm-80gb"?',
  },
  {
    file: "negative-price.yaml",
    field: "observations[0].usdPerGpuHour",
    message: "expected a price above zero, got -1.5",
  },
  {
    file: "future-date.yaml",
    field: "observations[0].observed",
    message: 'expected a date that is not in the future, got "2999-01-01"',
  },
  {
    file: "http-url.yaml",
    field: "observations[0].url",
    message: "expected an https:// URL: write https://prices.example.com/h100",
  },
  {
    file: "converted-without-note.yaml",
    field: "observations[0].note",
    message: 'required with raw: say how "$22.00 per hour for an 8-GPU machine" becomes 2.75 per GPU-hour',
  },
  {
    file: "both-project-and-baseline.yaml",
    message:
      "name either project: <slug of a project file> or baseline: {name, website, kind}, exactly one of them",
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
    expect(filesIn(projectsDir)).toEqual(
      [...projectCases, ...corpusCases]
        .map(({ file }) => file)
        .concat(duplicates)
        .sort(),
    );
    expect(filesIn(categoriesDir)).toEqual(categoryCases.map(({ file }) => file).sort());
    expect(readdirSync(`${fixtureRoot}/prices`).sort()).toEqual(
      [...priceCases.map(({ file }) => file), "unknown-project.yaml"].sort(),
    );
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

  it.each(priceCases)("prices/$file: reports exactly its one fault", (expected) => {
    const file = `${fixtureRoot}/prices/${expected.file}`;
    const { value, problems } = parsePriceFile(file, readFileSync(file));
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      {
        file,
        ...(expected.field ? { field: expected.field } : {}),
        message: expect.stringContaining(expected.message),
      },
    ]);
  });

  it("prices/unknown-project.yaml: is valid alone, and the corpus check names the missing project", () => {
    const file = `${fixtureRoot}/prices/unknown-project.yaml`;
    expect(parsePriceFile(file, readFileSync(file)).problems).toEqual([]);
    const root = contentTree({});
    mkdirSync(path.join(root, "prices"));
    cpSync(file, path.join(root, "prices", "unknown-project.yaml"));
    expect(checkContent(root).problems).toEqual([
      {
        file: expect.stringMatching(/prices\/unknown-project\.yaml$/),
        field: "project",
        message: '"unknown-project" is not a project of the directory',
      },
    ]);
  });

  it.each(corpusCases)("$file: is valid alone, and the corpus check names its fault", (expected) => {
    const file = `${projectsDir}/${expected.file}`;
    expect(parseProjectFile(file, readFileSync(file)).problems).toEqual([]);
    const single = mkdtempSync(path.join(tmpdir(), "atlas-corpus-"));
    cpSync(file, path.join(single, expected.file));
    const { problems } = checkContent(contentTree({}), [single]);
    expect(problems).toEqual([
      expectedProblem(path.relative(process.cwd(), path.join(single, expected.file)), expected),
    ]);
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
      ...[...projectCases, ...corpusCases].map((expected) =>
        expectedProblem(`${projectsDir}/${expected.file}`, expected),
      ),
      ...duplicateCases.map(({ first, second, field, value }) => ({
        file: `${projectsDir}/${second}`,
        field,
        message: `${value} is already used by ${projectsDir}/${first}`,
      })),
    ];
    expect(problems).toHaveLength(expected.length);
    expect(problems).toEqual(expect.arrayContaining(expected));

    // Only the duplicate pairs and the corpus cases are valid one by one; every other fixture is named by a
    // problem of its own.
    expect(projects.map((project) => project.slug).sort()).toEqual(
      [
        ...duplicateCases.flatMap(({ first, second }) => [first, second]),
        ...corpusCases.map(({ file }) => file),
      ]
        .map((name) => name.replace(".md", ""))
        .sort(),
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
    expect(problems).toHaveLength(projectCases.length + corpusCases.length + duplicateCases.length);
    expect(new Set(problems.map(({ file }) => path.basename(file)))).toEqual(
      new Set([
        ...[...projectCases, ...corpusCases].map(({ file }) => file),
        ...duplicateCases.map(({ second }) => second),
      ]),
    );
  });
});
