// `npm run lighthouse`: Lighthouse (mobile preset) against the served export (out/) for the main page types of both editions, each run
// LIGHTHOUSE_RUNS times (default 3); prints the median of the four scores per page and fails under 95 performance
// or under 100 accessibility, best practices or SEO.
import { execFile, spawn } from "node:child_process";
import path from "node:path";
import { chromium } from "@playwright/test";
import { promisify } from "node:util";
import { lighthouseCategories, medianScores, shortfalls, type Scores } from "./lib/lighthouse-budget";
import { chromiumLaunchOptions } from "./lib/browser";

const port = Number(process.env.LIGHTHOUSE_PORT ?? 4174);
const debuggingPort = port + 1;
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(
    `LIGHTHOUSE_RUNS must be a whole number of at least 1, not "${process.env.LIGHTHOUSE_RUNS}"`,
  );
const origin = `http://127.0.0.1:${port}`;
const pages = {
  home: "/",
  category: "/categories/iaas-cloud/",
  project: "/projects/akash-network/",
  search: "/search/?q=gpu",
  compare: "/compare/?projects=akash-network,render-network",
  trust: "/trust/",
  prices: "/prices/",
  gpu: "/prices/h100-80gb/",
  "vi home": "/vi/",
  "vi project": "/vi/projects/akash-network/",
  "vi search": "/vi/search/?q=mang%20luu%20tru",
  "vi compare": "/vi/compare/?projects=akash-network,render-network",
};

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (
      await fetch(origin).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the export was not served on ${origin}; run npm run build first`);
}

// Lighthouse runs as its own Node process: tsx's transform breaks the functions Lighthouse sends into the page.
type Audit = { scores: Scores; benchmarkIndex: number };

async function audit(url: string): Promise<Audit> {
  const cli = path.join(process.cwd(), "node_modules", "lighthouse", "cli", "index.js");
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      cli,
      url,
      `--port=${debuggingPort}`,
      "--output=json",
      "--quiet",
      `--only-categories=${lighthouseCategories.join(",")}`,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as {
    categories: Record<string, { score: number | null } | undefined>;
    environment: { benchmarkIndex: number };
  };
  const scores = Object.fromEntries(
    lighthouseCategories.map((category) => [
      category,
      Math.round((report.categories[category]?.score ?? 0) * 100),
    ]),
  ) as Scores;
  return { scores, benchmarkIndex: report.environment.benchmarkIndex };
}

async function main() {
  const serveBin = path.join(process.cwd(), "node_modules", ".bin", "serve");
  const server = spawn(serveBin, ["out", "--no-clipboard", "--listen", `tcp://127.0.0.1:${port}`], {
    stdio: "ignore",
  });
  // Lighthouse drives the browser Playwright starts (found as in the tests) over its debugging port.
  const browser = await chromium.launch({
    ...chromiumLaunchOptions([`--remote-debugging-port=${debuggingPort}`]),
  });
  let failures = 0;
  const started = performance.now();
  try {
    await waitForServer();
    console.log(`Median of ${runs} runs per page; in brackets, each run's performance and the host's speed`);
    console.log("(Lighthouse's benchmark index: scores from a slower host, a lower index, are lower).\n");
    console.log(
      `${"page".padEnd(10)}${lighthouseCategories.map((category) => category.padStart(16)).join("")}`,
    );
    for (const [name, pagePath] of Object.entries(pages)) {
      const audits: Audit[] = [];
      for (let run = 0; run < runs; run++) audits.push(await audit(`${origin}${pagePath}`));
      const scores = medianScores(audits.map((run) => run.scores));
      const problems = shortfalls(scores);
      failures += problems.length > 0 ? 1 : 0;
      const row = lighthouseCategories.map((category) => String(scores[category]).padStart(16)).join("");
      const each = audits
        .map((run) => `${run.scores.performance}@${Math.round(run.benchmarkIndex)}`)
        .join(", ");
      console.log(
        `${name.padEnd(10)}${row}  (${each})${problems.length > 0 ? `  BELOW: ${problems.join(", ")}` : ""}`,
      );
    }
  } finally {
    await browser.close();
    server.kill();
  }
  console.log(
    `\n${Object.keys(pages).length} pages × ${runs} runs in ${((performance.now() - started) / 1000).toFixed(0)} s; ${failures} below the bar.`,
  );
  process.exit(failures > 0 ? 1 : 0);
}

void main();
