// Prints one plain "N passed, N failed" line from the Vitest and Playwright JSON reports, for CI to read.
import { existsSync, readFileSync } from "node:fs";

type Counts = { passed: number; failed: number };

function readReport(
  file: string,
  runner: string,
  count: (report: Record<string, unknown>) => Counts,
): Counts {
  if (!existsSync(file)) {
    console.error(`${runner}: no report at ${file}; counting the run as one failure`);
    return { passed: 0, failed: 1 };
  }
  const counts = count(JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>);
  console.error(`${runner}: ${counts.passed} passed, ${counts.failed} failed`);
  return counts;
}

const vitest = readReport("tests/.artifacts/vitest.json", "vitest", (report) => ({
  passed: Number(report.numPassedTests ?? 0),
  failed: Number(report.numFailedTests ?? 0),
}));

const playwright = readReport("tests/.artifacts/playwright.json", "playwright", (report) => {
  const stats = report.stats as { expected?: number; unexpected?: number; flaky?: number };
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
});

const total = { passed: vitest.passed + playwright.passed, failed: vitest.failed + playwright.failed };
const ranNothing = total.passed + total.failed === 0;
console.log(`${total.passed} passed, ${total.failed + (ranNothing ? 1 : 0)} failed`);
process.exit(total.failed > 0 || ranNothing ? 1 : 0);
