// `npm run bench`: search and build figures for synthetic directories of 1,000 and 10,000 projects.
// Prints a table, then as its last line one JSON object with the headline figures.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { browserFigures } from "../bench/browser-bench";
import { nodeFigures, type NodeFigures } from "../bench/node-bench";
import { round, type Timing } from "../bench/percentiles";
import { benchQueries } from "../bench/queries";
import { buildSite, prepareSite } from "../bench/site-build";
import { serveDirectory } from "../bench/static-server";
import { realSentences, syntheticProjects } from "../bench/synthetic";
import { loadContent } from "../src/lib/content/load";
import { toSearchFile } from "../src/lib/search/search-file";

const root = process.cwd();
const siteDir = path.join(root, "bench", ".work", "site-1k");
const started = performance.now();
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

const ms = (value: number) => `${value.toFixed(2)} ms`;

function printTable(rows: string[][]) {
  const header = ["", "1,000 projects", "10,000 projects"];
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
  console.log(`\n${line(header)}`);
  for (const row of rows) console.log(line(row));
}

async function main() {
  const { projects: realProjects, categories } = loadContent();
  const sentences = realSentences(realProjects);
  const small = syntheticProjects(1_000, sentences);
  const large = syntheticProjects(10_000, sentences);
  log("generated 1,000 and 10,000 synthetic projects");

  const figures: NodeFigures[] = [
    nodeFigures(small, categories, 240, 40),
    nodeFigures(large, categories, 240, 8),
  ];
  log("measured index build and queries in Node");

  prepareSite(root, siteDir, small);
  const { validateSeconds, buildSeconds } = buildSite(siteDir);
  const builtIndex = readFileSync(path.join(siteDir, "out", "search-index.json"));
  log(`built the 1,000-project site in ${buildSeconds.toFixed(1)} s`);

  const typed = benchQueries(toSearchFile(small, categories).records, 24, 11)
    .map((query) => query.text)
    .filter((text) => text.length > 1);
  const { url, server } = await serveDirectory(path.join(siteDir, "out"));
  const browserSmall = await browserFigures(url, typed);
  const browserLarge = await browserFigures(url, typed, JSON.stringify(toSearchFile(large, categories)));
  server.close();
  log("measured keystrokes in Chromium");

  const browsers = [browserSmall, browserLarge];
  const both = (cell: (figure: NodeFigures) => string) => figures.map(cell);
  const spread = (t: Timing, unit: string) => `${ms(t.p50)} / ${ms(t.p95)} (${t.count} ${unit})`;
  printTable([
    ["search file, raw / gzip", ...both((f) => `${f.fileKb.toFixed(0)} / ${f.fileKbGz.toFixed(0)} KB`)],
    ["JSON.parse of the file", ...both((f) => ms(f.parseMs))],
    ["(a) index build", ...both((f) => ms(f.buildMs))],
    ["(b) query p50 / p95, each from scratch", ...both((f) => spread(f.query, "queries"))],
    ["    typed letter by letter", ...both((f) => spread(f.typing, "prefixes"))],
    ["    plain Fuse.js over whole records", ...both((f) => spread(f.plainFuse, "queries"))],
    ["    plain Fuse.js, names/tagline/ticker", ...both((f) => spread(f.plainFuseShortFields, "queries"))],
    ["(c) keystroke to rendered results", ...browsers.map((b) => spread(b.keystroke, "keys"))],
    ["    page load to searchable", ...browsers.map((b) => `${b.readyMs} ms`)],
    [
      "(d) validate / next build",
      `${validateSeconds.toFixed(1)} s / ${buildSeconds.toFixed(1)} s`,
      "not built",
    ],
  ]);
  console.log(`\nTotal benchmark time ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  console.log(
    JSON.stringify({
      search_p50_ms_1k: round(figures[0]!.query.p50, 3),
      search_p50_ms_10k: round(figures[1]!.query.p50, 3),
      browser_keystroke_p50_ms_1k: round(browserSmall.keystroke.p50),
      browser_keystroke_p50_ms_10k: round(browserLarge.keystroke.p50),
      build_s_1k: round(buildSeconds, 1),
      index_kb_gz_1k: round(gzipSync(builtIndex).length / 1024, 1),
    }),
  );
}

void main();
