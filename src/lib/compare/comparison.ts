// Side-by-side comparison: which projects the address asks for, the fact rows, what differs, and the CSV of it.
import type { ProjectRecord } from "../publish/project-records";
import { compareFacts, type FactRow, type FactState, type FactValue } from "../facts/project-facts";
import { maxComparedProjects, pagePaths } from "../site/paths";
import { gpuModels } from "../facts/gpus";
import type { PriceRecord } from "../prices/records";
import type { Locale } from "../i18n/locales";
import { termName } from "../i18n/vocabulary";
import { dayText, numberText } from "../text/dates";
import { compareText } from "../text/order";
import { matchProjectNames } from "../search/name-match";
import { closestMatch } from "../text/suggest";

// Inputs past this many are not looked at: no comparison needs them, and each costs a suggestion search.
const maxInputs = 20;
/** No slug is longer; a longer entry is reported, not searched for a near match. */
export const maxSlugLength = 100;

export type ProjectRef = { slug: string; name: string };

export type SelectionProblem =
  | { kind: "unknown"; input: string; suggestion?: ProjectRef }
  | { kind: "duplicate"; project: ProjectRef }
  | { kind: "tooMany"; leftOut: ProjectRef[] }
  | { kind: "ignored"; count: number }
  | { kind: "tooLong"; input: string };

export type Selection = { slugs: string[]; problems: SelectionProblem[] };

/** The entries of every `projects` parameter, in order: `?projects=a,b&projects=c` gives a, b, c. */
export const compareInputs = (params: URLSearchParams): string[] =>
  params
    .getAll("projects")
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);

const refOf = ({ slug, name }: ProjectRef): ProjectRef => ({ slug, name });

function suggestionFor(input: string, projects: readonly ProjectRecord[]): ProjectRef | undefined {
  const bySlug = closestMatch(
    input,
    projects.map((project) => project.slug),
  );
  const match =
    projects.find((project) => project.slug === bySlug) ??
    matchProjectNames(projects, input.replaceAll("-", " "), 1)[0];
  return match && refOf(match);
}

/**
 * The projects to compare, in the order asked, and everything wrong with the request: unknown entries (with the
 * nearest real project), repeats, and entries past the fourth. Slugs match whatever their letter case.
 */
export function resolveSelection(inputs: readonly string[], projects: readonly ProjectRecord[]): Selection {
  const bySlug = new Map(projects.map((project) => [project.slug, project]));
  const slugs: string[] = [];
  const problems: SelectionProblem[] = [];
  const repeated = new Set<string>();
  const leftOut: ProjectRef[] = [];
  for (const input of inputs.slice(0, maxInputs)) {
    if (input.length > maxSlugLength) {
      problems.push({ kind: "tooLong", input: input.slice(0, maxSlugLength) });
      continue;
    }
    const project = bySlug.get(input.toLowerCase());
    if (!project) problems.push({ kind: "unknown", input, suggestion: suggestionFor(input, projects) });
    else if (slugs.includes(project.slug) || leftOut.some((ref) => ref.slug === project.slug)) {
      if (!repeated.has(project.slug)) problems.push({ kind: "duplicate", project: refOf(project) });
      repeated.add(project.slug);
    } else if (slugs.length < maxComparedProjects) slugs.push(project.slug);
    else leftOut.push(refOf(project));
  }
  if (leftOut.length > 0) problems.push({ kind: "tooMany", leftOut });
  if (inputs.length > maxInputs) problems.push({ kind: "ignored", count: inputs.length - maxInputs });
  return { slugs, problems };
}

/** The list with the slug at `index` moved one place earlier (-1) or later (+1); unchanged at either end. */
export function moveSlug(slugs: readonly string[], index: number, step: -1 | 1): string[] {
  const target = index + step;
  const moved = [...slugs];
  const [current, other] = [moved[index], moved[target]];
  if (current === undefined || other === undefined) return moved;
  moved[index] = other;
  moved[target] = current;
  return moved;
}

/** Where a value sits across the columns: in every one, in some, or in this one only. */
export type Presence = "all" | "some" | "one";
export type CompareValue = FactValue & { presence: Presence };
export type CompareCell = {
  slug: string;
  state: FactState;
  values: CompareValue[];
  sourceNumbers: number[];
  note?: string;
};
export type CompareRow = {
  fact: string;
  label: string;
  isList: boolean;
  isDifferent: boolean;
  cells: CompareCell[];
};
export type CompareColumn = ProjectRef & {
  tagline: string;
  href: string;
  sources: ProjectRecord["sources"];
};
export type Comparison = { columns: CompareColumn[]; rows: CompareRow[] };

// Facts holding several values, where "shared" and "only this one" are worth showing value by value.
const listFacts: ReadonlySet<string> = new Set(["deployments", "resources", "workloads", "links"]);

// "none" and "unknown" are different answers, and both differ from any value.
/**
 * One row per GPU model that any compared project prices: that project's newest price for it, or unknown. Rows
 * follow the GPU vocabulary's order, so they line up across columns.
 */
const perGpuHour: Record<Locale, string> = { en: "$ per GPU-hour", vi: "$ mỗi giờ GPU" };

function priceFacts(
  slug: string,
  projects: readonly ProjectRecord[],
  prices: readonly PriceRecord[],
  locale: Locale,
): FactRow[] {
  const compared = new Set(projects.map((project) => project.slug));
  const gpus = [
    ...new Set(prices.filter((record) => compared.has(record.project ?? "")).map((record) => record.gpu)),
  ];
  return gpuModels
    .filter((gpu) => gpus.includes(gpu.slug))
    .map((gpu) => {
      const newest = prices
        .filter((record) => record.project === slug && record.gpu === gpu.slug)
        .sort((a, b) => compareText(b.observed, a.observed))[0];
      return {
        fact: `price.${gpu.slug}`,
        label: `${gpu.name}, ${perGpuHour[locale]}`,
        state: newest ? "value" : "unknown",
        values: newest
          ? [
              {
                key: String(newest.usdPerGpuHour),
                text: `$${numberText(newest.usdPerGpuHour, locale)} (${termName(locale, "observationKinds", newest.kind).toLowerCase()}, ${dayText(newest.observed, locale)})`,
                href: newest.url,
                isExternal: true,
              },
            ]
          : [],
        sourceNumbers: [],
      };
    });
}

const answerOf = (row: FactRow) =>
  row.state === "value"
    ? row.values
        .map((value) => value.text)
        .sort()
        .join("\n")
    : `(${row.state})`;

/**
 * One column per project and one row per fact (trust as five rows), in the order given. A row differs when any
 * two columns give different answers: different sets of values (order aside), or "none" against "unknown" or a
 * value. Each value is marked as shared by all, by some, or held by one project only. Chains compare with their
 * role (native, token, contracts); links compare by kind (Docs, GitHub), not by address.
 */
export function buildComparison(
  projects: readonly ProjectRecord[],
  categoryNames: ReadonlyMap<string, string>,
  prices: readonly PriceRecord[] = [],
  locale: Locale = "en",
): Comparison {
  const facts = projects.map((project) => [
    ...compareFacts(project, categoryNames.get(project.category) ?? project.category, locale),
    ...priceFacts(project.slug, projects, prices, locale),
  ]);
  const rowKeys = facts[0]?.map((row) => row.fact) ?? [];
  const rows = rowKeys.map((fact, rowIndex): CompareRow => {
    const factRows = facts.map((rowsOfProject) => rowsOfProject[rowIndex]!);
    const holders = new Map<string, number>();
    for (const row of factRows)
      for (const key of new Set(row.values.map((value) => value.key)))
        holders.set(key, (holders.get(key) ?? 0) + 1);
    const presenceOf = (key: string): Presence => {
      const count = holders.get(key) ?? 0;
      return count === projects.length ? "all" : count === 1 ? "one" : "some";
    };
    return {
      fact,
      label: factRows[0]?.label ?? fact,
      isList: listFacts.has(fact),
      isDifferent: new Set(factRows.map(answerOf)).size > 1,
      cells: factRows.map((row, column) => ({
        slug: projects[column]!.slug,
        state: row.state,
        values: row.values.map((value) => ({ ...value, presence: presenceOf(value.key) })),
        sourceNumbers: row.sourceNumbers,
        ...(row.note ? { note: row.note } : {}),
      })),
    };
  });
  const columns = projects.map((project) => ({
    ...refOf(project),
    tagline: project.tagline,
    href: pagePaths.project(project.slug),
    sources: project.sources,
  }));
  return { columns, rows };
}

// In a spreadsheet an address is more use than a label: "docs.test" becomes the URL, "Docs" becomes "Docs: URL".
function plainText(value: FactValue): string {
  const text =
    !value.isExternal || !value.href
      ? value.text
      : value.key === value.href
        ? value.href
        : `${value.text}: ${value.href}`;
  const marks = footnotes(value.sourceNumbers ?? []);
  return marks ? `${text} ${marks}` : text;
}

const footnotes = (numbers: readonly number[]) => numbers.map((number) => `[${number}]`).join("");

const cellText = (cell: CompareCell) =>
  cell.state === "value"
    ? [cell.values.map(plainText).join("; "), footnotes(cell.sourceNumbers)].filter(Boolean).join(" ")
    : cell.state;

/**
 * The comparison as CSV rows: a header of project names, the table's rows in its order (values joined with
 * "; ", footnote numbers after them, "none" or "unknown" where there is no value, a last column saying whether
 * the row differs),
 * then one row per source number with each project's source of that number.
 */
export function comparisonCsvRows({ columns, rows }: Comparison): string[][] {
  const header = ["Fact", ...columns.map((column) => column.name), "Values differ"];
  const factRows = rows.map((row) => [row.label, ...row.cells.map(cellText), row.isDifferent ? "yes" : "no"]);
  const sourceCount = Math.max(0, ...columns.map((column) => column.sources.length));
  const sourceRows = Array.from({ length: sourceCount }, (_, index) => [
    `Source ${index + 1}`,
    ...columns.map((column) => {
      const source = column.sources[index];
      return source ? `${source.title} (${source.url}, accessed ${source.accessed})` : "";
    }),
    "",
  ]);
  return [header, ...factRows, ...sourceRows];
}

export const comparisonFileName = (slugs: readonly string[]) => `compare-${slugs.join("-vs-")}.csv`;
