// `npm run docs`: rewrites what is derived from the fact registry — the project template and the README's field
// table — so they never drift from the schema. A unit test fails when they are out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { projectTemplate } from "./lib/project-template";
import { withSchemaTable } from "./lib/schema-table";

writeFileSync("content/projects/_template.md", projectTemplate());
writeFileSync("README.md", withSchemaTable(readFileSync("README.md", "utf8")));
console.log(
  "Wrote content/projects/_template.md and the README's field table from src/lib/facts/registry.ts",
);
