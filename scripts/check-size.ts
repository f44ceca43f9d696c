// `npm run check:size`: gzipped JS, CSS and HTML per page type of the built export (out/), and a JavaScript budget for
// browse pages: the framework floor (a one-page "hello" export built with the same Next.js) plus 15 KB.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { assetsOfPage, judgeBudgets, type PageWeight } from "./lib/bundle-size";

const root = process.cwd();
const out = path.join(root, process.env.ATLAS_EXPORT_DIR ?? "out");
const floorDir = path.join(root, "bench", ".work", "framework-floor");
const nextVersion = JSON.parse(
  readFileSync(path.join(root, "node_modules/next/package.json"), "utf8"),
).version;

const gzipKb = (file: string) => gzipSync(readFileSync(file)).length / 1024;

function pageWeight(exportDir: string, htmlFile: string) {
  const html = path.join(exportDir, htmlFile);
  const { scripts, styles } = assetsOfPage(readFileSync(html, "utf8"));
  const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? "";
  const sum = (urls: string[]) =>
    urls.reduce((total, url) => total + gzipKb(path.join(exportDir, url.slice(basePath.length))), 0);
  return { jsKb: sum(scripts), cssKb: sum(styles), htmlKb: gzipKb(html) };
}

// Built once per Next.js version and kept in bench/.work (not committed).
function frameworkFloorKb(): number {
  const stamp = path.join(floorDir, "next-version.txt");
  const isCached = existsSync(stamp) && readFileSync(stamp, "utf8") === nextVersion;
  if (!isCached) {
    console.log(`Building the framework floor (a one-page export with next ${nextVersion})…`);
    rmSync(floorDir, { recursive: true, force: true });
    mkdirSync(path.join(floorDir, "app"), { recursive: true });
    writeFileSync(path.join(floorDir, "package.json"), '{ "name": "framework-floor", "private": true }\n');
    writeFileSync(
      path.join(floorDir, "next.config.mjs"),
      "export default { output: 'export', trailingSlash: true };\n",
    );
    writeFileSync(
      path.join(floorDir, "app", "layout.jsx"),
      "export default function Layout({ children }) { return <html lang='en'><body>{children}</body></html>; }\n",
    );
    writeFileSync(
      path.join(floorDir, "app", "page.jsx"),
      "export default function Page() { return <h1>Hello</h1>; }\n",
    );
    symlinkSync(path.join(root, "node_modules"), path.join(floorDir, "node_modules"), "dir");
    execFileSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
      cwd: floorDir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_PUBLIC_BASE_PATH: "" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    writeFileSync(stamp, nextVersion);
  }
  return pageWeight(path.join(floorDir, "out"), "index.html").jsKb;
}

const firstPageIn = (dir: string) => {
  const entries = readdirSync(path.join(out, dir))
    .filter((name) => !name.startsWith("fixture-"))
    .sort();
  return `${dir}/${entries.find((name) => existsSync(path.join(out, dir, name, "index.html")))}/index.html`;
};

if (!existsSync(path.join(out, "index.html"))) {
  console.error(`No export in ${path.relative(root, out)}/: run npm run build first.`);
  process.exit(1);
}

const interactivePages = new Set(["search", "compare", "vi search", "vi compare"]);
const pageFiles: Record<string, string> = {
  home: "index.html",
  category: firstPageIn("categories"),
  project: firstPageIn("projects"),
  chains: "chains/index.html",
  chain: firstPageIn("chains"),
  resources: "resources/index.html",
  resource: firstPageIn("resources"),
  landscape: "landscape/index.html",
  stats: "stats/index.html",
  trust: "trust/index.html",
  prices: "prices/index.html",
  gpu: firstPageIn("prices"),
  changes: "changes/index.html",
  data: "data/index.html",
  about: "about/index.html",
  notFound: "404.html",
  search: "search/index.html",
  compare: "compare/index.html",
  embed: firstPageIn("embed/projects"),
  "vi home": "vi/index.html",
  "vi project": `vi/${firstPageIn("projects")}`,
  "vi search": "vi/search/index.html",
  "vi compare": "vi/compare/index.html",
};

const floorKb = frameworkFloorKb();
const weights: PageWeight[] = Object.entries(pageFiles).map(([page, file]) => ({
  page,
  ...pageWeight(out, file),
  isBrowse: !interactivePages.has(page),
}));
const verdicts = judgeBudgets(weights, floorKb);

const kb = (value: number) => `${value.toFixed(1)} KB`.padStart(9);
console.log(`Framework floor (one-page export, next ${nextVersion}): ${floorKb.toFixed(1)} KB gzipped JS\n`);
console.log(`${"page".padEnd(12)}${"JS".padStart(9)}${"CSS".padStart(9)}${"HTML".padStart(9)}  budget`);
for (const verdict of verdicts) {
  const budget =
    verdict.budgetKb === undefined ? "interactive: reported only" : `≤ ${verdict.budgetKb.toFixed(1)} KB JS`;
  const mark = verdict.isOver ? "  OVER BUDGET" : "";
  console.log(
    `${verdict.page.padEnd(12)}${kb(verdict.jsKb)}${kb(verdict.cssKb)}${kb(verdict.htmlKb)}  ${budget}${mark}`,
  );
}
const over = verdicts.filter((verdict) => verdict.isOver);
console.log(
  over.length === 0
    ? "\nEvery browse page is within its JavaScript budget."
    : `\n${over.length} page(s) over budget.`,
);
process.exit(over.length > 0 ? 1 : 0);
