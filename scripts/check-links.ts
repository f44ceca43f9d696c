// `npm run check:links`: crawls the built export (out/) and fails on any broken internal link or missing asset.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { findBrokenLinks } from "./lib/link-check";

const root = path.resolve(process.argv[2] ?? process.env.ATLAS_EXPORT_DIR ?? "out");
const files = new Set(
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")),
);
if (files.size === 0) {
  console.error(`No files in ${root}: run npm run build first.`);
  process.exit(1);
}
const pages = new Map(
  [...files]
    .filter((file) => file.endsWith(".html"))
    .map((file) => [file, readFileSync(path.join(root, file), "utf8")]),
);
const broken = findBrokenLinks(pages, files, process.env.NEXT_PUBLIC_BASE_PATH ?? "");
for (const { page, target, reason } of broken) console.error(`${page}: ${target} (${reason})`);
console.log(`Checked ${pages.size} pages of ${files.size} files: ${broken.length} broken links.`);
process.exit(broken.length > 0 ? 1 : 0);
