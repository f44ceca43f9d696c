// Index build and query times in Node: the engine the site uses, and plain Fuse.js for comparison.
import Fuse from "fuse.js";
import { gzipSync } from "node:zlib";
import { buildSearchIndex, forgetExpansions, runSearch } from "../src/lib/search/engine";
import { toSearchFile } from "../src/lib/search/search-file";
import type { Category, Project } from "../src/lib/content/schema";
import { medianMs, timing, type Timing } from "./percentiles";
import { benchQueries } from "./queries";

export type NodeFigures = {
  size: number;
  fileKb: number;
  fileKbGz: number;
  parseMs: number;
  buildMs: number;
  /** Every query from scratch: remembered query words forgotten first. */
  query: Timing;
  /** The same queries typed letter by letter, as the page sees them: earlier words are remembered. */
  typing: Timing;
  /** Plain Fuse.js over the whole records (description included) and over names, tagline and ticker only. */
  plainFuse: Timing;
  plainFuseShortFields: Timing;
};

const time = (run: () => unknown) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

export function nodeFigures(
  projects: readonly Project[],
  categories: readonly Category[],
  queryCount: number,
  fuseSample: number,
): NodeFigures {
  const file = toSearchFile(projects, categories);
  const json = JSON.stringify(file);
  const parseMs = medianMs(() => JSON.parse(json));
  const buildMs = medianMs(() => buildSearchIndex(file));
  const index = buildSearchIndex(file);
  const queries = benchQueries(file.records, queryCount);
  // Warm the JIT on other queries first, so the figures describe a page in use, not the first second.
  for (const { text, filters } of benchQueries(file.records, 50, 99)) runSearch(index, text, filters);
  const query = queries.map(({ text, filters }) => {
    forgetExpansions(index);
    return time(() => runSearch(index, text, filters));
  });
  forgetExpansions(index);
  const typing = queries.flatMap(({ text, filters }) =>
    [...text].map((_, at) => time(() => runSearch(index, text.slice(0, at + 1), filters))),
  );
  const sample = queries.slice(0, fuseSample);
  const options = { ignoreLocation: true, threshold: 0.4 };
  const whole = new Fuse(projects, {
    ...options,
    keys: ["name", "aliases", "tagline", "token", "category", "chains", "resources", "workloads", "body"],
  });
  const short = new Fuse(file.records, { ...options, keys: ["name", "aliases", "tagline", "token"] });
  return {
    size: projects.length,
    fileKb: json.length / 1024,
    fileKbGz: gzipSync(json).length / 1024,
    parseMs,
    buildMs,
    query: timing(query),
    typing: timing(typing),
    plainFuse: timing(sample.map(({ text }) => time(() => whole.search(text)))),
    plainFuseShortFields: timing(sample.map(({ text }) => time(() => short.search(text)))),
  };
}
