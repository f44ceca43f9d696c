// The README's table of project fields, written from the fact registry, between two marker comments.
import { facts, type FactKind } from "../../src/lib/facts/registry";

const kindTexts: Partial<Record<FactKind, string>> = {
  text: "text",
  textList: "list of text",
  category: "category slug",
  status: "status slug",
  resources: "list of resource slugs",
  workloads: "list of workload slugs",
  ticker: "ticker",
  year: "year",
  date: "`YYYY-MM-DD`",
  url: "https URL",
  links: "map of link kind to https URL",
  deployments: "list of `{chain, role, bridged?, address?, explorer?, sources}`",
  activity: "`{date, what, url}`",
  trust: "five `{value, why, sources}` blocks",
  sources: "list of `{title, url, accessed}`",
  citations: "map of fact to source numbers",
};

export const schemaTableStart =
  "<!-- schema-table:start (written by npm run docs from src/lib/facts/registry.ts) -->";
export const schemaTableEnd = "<!-- schema-table:end -->";

export function schemaTable(): string {
  const rows = facts.flatMap((fact) => {
    if (fact.origin !== "file") return [];
    const required = "required" in fact ? "yes" : "no";
    const none = "allowsNone" in fact ? ", or `none`" : "";
    const cited = "isCited" in fact ? " Cited." : "";
    return [
      `| \`${fact.key}\` | ${required} | ${kindTexts[fact.kind] ?? fact.kind}${none} | ${fact.description}${cited} |`,
    ];
  });
  return [
    schemaTableStart,
    "| field | required | type | notes |",
    "| --- | --- | --- | --- |",
    ...rows,
    schemaTableEnd,
  ].join("\n");
}

/** The README with its schema table replaced by the current one. */
export function withSchemaTable(readme: string): string {
  const start = readme.indexOf(schemaTableStart);
  const end = readme.indexOf(schemaTableEnd);
  if (start < 0 || end < start)
    throw new Error(`README.md has no ${schemaTableStart} … ${schemaTableEnd} section`);
  return `${readme.slice(0, start)}${schemaTable()}${readme.slice(end + schemaTableEnd.length)}`;
}
