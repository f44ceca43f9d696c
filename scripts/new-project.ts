// `npm run new -- "Project Name"`: scaffolds content/projects/<slug>.md from the template with today's date.
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { slugPattern } from "../src/lib/content/schema";
import { projectTemplate } from "./lib/project-template";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { root: { type: "string", default: "content" } },
});
const name = positionals.join(" ").trim();
if (!name) {
  console.error('Usage: npm run new -- "Project Name"');
  process.exit(2);
}

const slug = name
  .normalize("NFKD")
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, "-")
  .replace(/^-|-$/g, "");
if (!slugPattern.test(slug)) {
  console.error(`Cannot make a slug from "${name}": use letters or digits.`);
  process.exit(2);
}

const projectsDir = path.join(values.root, "projects");
const file = path.join(projectsDir, `${slug}.md`);
if (existsSync(file)) {
  console.error(`${file} already exists; edit it instead.`);
  process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);
const scaffold = projectTemplate()
  .split("\n")
  .filter((line) => !line.startsWith("# Copy this file") && !line.startsWith("# Every fact needs"))
  .join("\n")
  .replace(/^name: ""/m, `name: ${JSON.stringify(name)}`)
  .replace(/^lastReviewed: ""/m, `lastReviewed: "${today}"`)
  .replaceAll('accessed: ""', `accessed: "${today}"`);
writeFileSync(file, scaffold);

console.log(`Created ${file}
Fill in: tagline, category, activity, website, at least two sources (title and url), the facts your sources
support (deployments, resources, workloads, token, launched, ...) with their citations, the trust block in rated
categories, and the description below the frontmatter.
Then run: npm run validate`);
