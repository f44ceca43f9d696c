// Loads every content file, validates each one and the set as a whole, and reports all problems in one pass.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseCategoryFile, parseProjectFile, type ContentProblem } from "./parse-file";
import type { Category, Project } from "./schema";
import { closestMatch } from "../text/suggest";
import { trustAxes } from "../facts/trust-axes";
import { parsePriceFile } from "../prices/parse";
import type { PriceFile } from "../prices/schema";
import { parseNotListed, type NotListed } from "./not-listed";
import {
  orphanProblems,
  parseCategoryTranslation,
  parseProjectTranslation,
  type Translations,
} from "./translations";
import { compareText } from "../text/order";

export type Content = {
  projects: Project[];
  categories: Category[];
  prices: PriceFile[];
  notListed: NotListed;
  /** The Vietnamese edition's texts, by slug. */
  vi: Translations;
};
export type { ContentProblem };

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? "" : "s"}:\n${problems.map(formatProblem).join("\n")}`,
    );
    this.name = "ContentError";
  }
}

export function formatProblem({ file, field, message }: ContentProblem): string {
  return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;
}

export const defaultContentRoot = path.join(process.cwd(), "content");

/** Files starting with "_" (such as the template) are not content. */
function contentFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => !name.startsWith("_") && !name.startsWith("."))
    .sort();
}

export function normaliseWebsite(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  return `${host}${parsed.pathname.replace(/\/+$/, "")}`;
}

function duplicateProblems(projects: Project[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const checks: { field: "slug" | "name" | "website"; key: (project: Project) => string }[] = [
    { field: "slug", key: (project) => project.slug },
    { field: "name", key: (project) => project.name.trim().toLowerCase() },
    { field: "website", key: (project) => normaliseWebsite(project.website) },
  ];
  for (const { field, key } of checks) {
    const firstFile = new Map<string, string>();
    for (const project of projects) {
      const value = key(project);
      const other = firstFile.get(value);
      if (other)
        problems.push({
          file: project.file,
          field,
          message: `"${project[field]}" is already used by ${other}`,
        });
      else firstFile.set(value, project.file);
    }
  }
  return problems;
}

/** Each project's category must be one of the category files; a rated category requires the trust block. */
function categoryProblems(categories: Category[], projects: Project[]): ContentProblem[] {
  const bySlug = new Map(categories.map((category) => [category.slug, category]));
  const problems: ContentProblem[] = [];
  for (const project of projects) {
    const category = bySlug.get(project.category);
    if (!category) {
      const hint = closestMatch(project.category, [...bySlug.keys()]);
      problems.push({
        file: project.file,
        field: "category",
        message: `unknown category "${project.category}"${hint ? `; did you mean "${hint}"?` : ""} (categories are the files in content/categories/)`,
      });
    } else if (category.isTrustRated && !project.trust)
      problems.push({
        file: project.file,
        field: "trust",
        message: `required in the category "${category.slug}": rate ${trustAxes.map((axis) => axis.slug).join(", ")}, each with why and sources, or unknown with what you looked for`,
      });
  }
  return problems;
}

/** A price file names a project of the directory, and no provider has two files. */
function priceProviderProblems(prices: PriceFile[], projects: Project[]): ContentProblem[] {
  const slugs = projects.map((project) => project.slug);
  return prices.flatMap((file) => {
    if (file.project === undefined || slugs.includes(file.project)) return [];
    const hint = closestMatch(file.project, slugs);
    return [
      {
        file: file.file,
        field: "project",
        message: `"${file.project}" is not a project of the directory${hint ? `; did you mean "${hint}"?` : ""}`,
      },
    ];
  });
}

/** A project left out must not also be listed: its slug and name are not those of a project file. */
function notListedProblems(file: string, notListed: NotListed, projects: Project[]): ContentProblem[] {
  const slugs = new Set(projects.map((project) => project.slug));
  const names = new Set(projects.flatMap((project) => [project.name, ...project.aliases]).map((name) => name.toLowerCase()));
  return (["unverified", "considered"] as const).flatMap((list) =>
    notListed[list].flatMap((entry, index) =>
      slugs.has(entry.slug) || names.has(entry.name.toLowerCase())
        ? [{ file, field: `${list}[${index}]`, message: `"${entry.name}" is also a project of the directory; remove it from one of the two` }]
        : [],
    ),
  );
}

/**
 * Extra project folders, from ATLAS_EXTRA_PROJECTS (separated by ":"): the test build adds fixture projects
 * (a long-unreviewed one, hostile Markdown) this way, so the real content stays real.
 */
const extraProjectDirectories = () =>
  (process.env.ATLAS_EXTRA_PROJECTS ?? "")
    .split(":")
    .filter(Boolean)
    .map((directory) => path.resolve(directory));

/** Validates the whole content tree; returns what is valid and every problem found. */
export function checkContent(
  root: string = defaultContentRoot,
  extraProjectDirs: string[] = root === defaultContentRoot ? extraProjectDirectories() : [],
): Content & { problems: ContentProblem[] } {
  const relative = (file: string) => path.relative(process.cwd(), file) || file;
  const read = <T>(
    directory: string,
    parse: (file: string, raw: Uint8Array) => { value?: T; problems: ContentProblem[] },
    extension = ".md",
    isOptional = extension !== ".md",
  ) => {
    // Optional folders (prices, translations) may be absent from a content tree.
    if (isOptional && !existsSync(directory)) return [];
    return contentFiles(directory).map((name) => {
      const file = relative(path.join(directory, name));
      if (!name.endsWith(extension))
        return { problems: [{ file, message: `is not a ${extension} file; files here end in "${extension}"` }] };
      return parse(file, readFileSync(path.join(directory, name)));
    });
  };
  const projectDirs = [path.join(root, "projects"), ...extraProjectDirs];
  const projectResults = projectDirs.flatMap((directory) => read(directory, parseProjectFile));
  const categoryResults = read(path.join(root, "categories"), parseCategoryFile);
  const priceResults = read(path.join(root, "prices"), parsePriceFile, ".yaml");
  const notListedFile = path.join(root, "not-listed.yaml");
  const notListedResult = existsSync(notListedFile)
    ? parseNotListed(relative(notListedFile), readFileSync(notListedFile))
    : { value: { unverified: [], considered: [] }, problems: [] };
  const notListed = notListedResult.value ?? { unverified: [], considered: [] };
  const viProjectResults = read(path.join(root, "i18n", "vi", "projects"), parseProjectTranslation, ".md", true);
  const viCategoryResults = read(path.join(root, "i18n", "vi", "categories"), parseCategoryTranslation, ".md", true);
  const values = <T>(results: { value?: T }[]) => results.flatMap((result) => (result.value ? [result.value] : []));
  const vi: Translations = {
    projects: new Map(values(viProjectResults).map((entry) => [entry.slug, entry])),
    categories: new Map(values(viCategoryResults).map((entry) => [entry.slug, entry])),
  };
  const projects = projectResults.flatMap((result) => (result.value ? [result.value] : []));
  const categories = categoryResults
    .flatMap((result) => (result.value ? [result.value] : []))
    .sort((a, b) => a.order - b.order);
  const prices = priceResults.flatMap((result) => (result.value ? [result.value] : []));
  const problems = [
    ...projectResults.flatMap((result) => result.problems),
    ...categoryResults.flatMap((result) => result.problems),
    ...duplicateProblems(projects),
    ...categoryProblems(categories, projects),
    ...priceResults.flatMap((result) => result.problems),
    ...priceProviderProblems(prices, projects),
    ...notListedResult.problems,
    ...[...viProjectResults, ...viCategoryResults].flatMap((result) => result.problems),
    ...orphanProblems([...vi.projects.values()], projects.map((project) => project.slug)),
    ...orphanProblems([...vi.categories.values()], categories.map((category) => category.slug)),
    ...notListedProblems(relative(notListedFile), notListed, projects),
  ];
  return { projects, categories, prices, notListed, vi, problems };
}

let cached: Content | undefined;

/** The validated content; throws a ContentError listing every problem. Cached for the build. */
export function loadContent(root: string = defaultContentRoot): Content {
  if (root === defaultContentRoot && cached) return cached;
  const { problems, ...loaded } = checkContent(root);
  if (problems.length > 0) throw new ContentError(problems);
  const content = { ...loaded, projects: loaded.projects.sort((a, b) => compareText(a.name, b.name)) };
  if (root === defaultContentRoot) cached = content;
  return content;
}
