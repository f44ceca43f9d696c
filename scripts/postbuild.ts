// Runs after `next build`: gives every page of the export its own Content-Security-Policy <meta> tag.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withMetaPolicy } from "./lib/csp-meta";
import { exportDirFor } from "./lib/export-dir";

const root = path.resolve(exportDirFor(process.env));
const pages = readdirSync(root, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith(".html"));
for (const page of pages) {
  const file = path.join(root, page);
  writeFileSync(file, withMetaPolicy(readFileSync(file, "utf8")));
}
console.log(
  `Content-Security-Policy meta tags with script hashes written to ${pages.length} pages in ${path.relative(process.cwd(), root)}/`,
);
