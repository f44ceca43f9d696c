// `npm run docs`: rewrites the files derived from code — the project template and the README's field table (from the
// fact registry), the static hosts' header files (from the security headers) — so they never drift. A unit test fails
// when one is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { projectTemplate } from "./lib/project-template";
import { withSchemaTable } from "./lib/schema-table";
import { headersFile, nginxConfig } from "./lib/security-headers";

writeFileSync("content/projects/_template.md", projectTemplate());
writeFileSync("README.md", withSchemaTable(readFileSync("README.md", "utf8")));
writeFileSync("public/_headers", headersFile());
writeFileSync("docs/nginx.conf", nginxConfig());
console.log(
  "Wrote content/projects/_template.md and the README's field table (from src/lib/facts/registry.ts), public/_headers and docs/nginx.conf (from scripts/lib/security-headers.ts)",
);
