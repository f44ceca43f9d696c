// The public record of a project in /data/projects.json and its CSV row: the facts the registry marks as data,
// in registry order, so the files diff cleanly between builds and gain a field only when the registry does.
import type { Project } from "../content/schema";
import { factsInData, type Fact } from "../facts/registry";
import { trustAxes } from "../facts/trust-axes";
import { pagePaths } from "../site/paths";
import { absoluteUrl } from "../site/urls";

export type ProjectRecord = Omit<Project, "body" | "file"> & { url: string };

function valueOf(project: Project, fact: Fact): unknown {
  if (fact.kind === "pageUrl") return absoluteUrl(pagePaths.project(project.slug));
  return (project as Record<string, unknown>)[fact.key];
}

/** Absent optional facts are left out (unknown); `none` is kept, since it is a stated fact. */
const toProjectRecord = (project: Project): ProjectRecord =>
  Object.fromEntries(
    factsInData.flatMap((fact) => {
      const value = valueOf(project, fact);
      return value === undefined ? [] : [[fact.key, value]];
    }),
  ) as ProjectRecord;

export const toProjectRecords = (projects: readonly Project[]): ProjectRecord[] =>
  projects.map(toProjectRecord);

type Column = { name: string; cell: (record: ProjectRecord) => string };

const joined = (values: readonly string[]) => values.join(";");

/** The CSV columns of one fact: most facts are one column; activity and trust spread over several. */
function columnsOf(fact: Fact): Column[] {
  const raw = (record: ProjectRecord) => (record as Record<string, unknown>)[fact.key];
  switch (fact.kind) {
    case "citations":
      return [];
    case "links":
      return [
        {
          name: fact.key,
          cell: (record) => joined(Object.entries(record.links).map(([kind, url]) => `${kind}=${url}`)),
        },
      ];
    case "sources":
      return [{ name: fact.key, cell: (record) => joined(record.sources.map((source) => source.url)) }];
    case "deployments":
      return [
        {
          name: fact.key,
          cell: ({ deployments }) =>
            Array.isArray(deployments)
              ? joined(
                  deployments.map((entry) =>
                    [entry.chain, `${entry.role}${entry.bridged ? "(bridged)" : ""}`, entry.address]
                      .filter(Boolean)
                      .join(":"),
                  ),
                )
              : (deployments ?? ""),
        },
      ];
    case "activity":
      return (["date", "what", "url"] as const).map((part) => ({
        name: `activity.${part}`,
        cell: (record) => record.activity[part],
      }));
    case "trust":
      return trustAxes.map((axis) => ({
        name: `trust.${axis.slug}`,
        cell: (record) => record.trust?.[axis.slug].value ?? "",
      }));
    default:
      return [
        {
          name: fact.key,
          cell: (record) => {
            const value = raw(record);
            return Array.isArray(value)
              ? joined(value.map(String))
              : value === undefined
                ? ""
                : String(value);
          },
        },
      ];
  }
}

export const csvColumns: Column[] = factsInData.flatMap(columnsOf);

/** /data/projects.csv as rows: a header, then one row per project; lists joined with ";", links as kind=url. */
export const toProjectCsvRows = (records: readonly ProjectRecord[]): string[][] => [
  csvColumns.map((column) => column.name),
  ...records.map((record) => csvColumns.map((column) => column.cell(record))),
];
