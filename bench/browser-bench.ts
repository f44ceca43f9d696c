// Keystroke-to-rendered-results on the built search page in Chromium, measured inside the page.
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../scripts/lib/browser";
import { timing, type Timing } from "./percentiles";

export type BrowserFigures = { keystroke: Timing; readyMs: number };

type Probe = { samples: number[]; pending: boolean; started: number };
declare global {
  interface Window {
    searchProbe?: Probe;
  }
}

/**
 * From each keydown in the search box to the first frame painted after the results show that query: the
 * results' `data-results-for` attribute carries the query they were computed for; a frame callback followed
 * by a task runs once that frame has been painted.
 */
async function installProbe(page: Page) {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>("#search-input");
    const status = document.querySelector("[data-results-for]");
    if (!input || !status) throw new Error("the search page has no search box or results status");
    const probe: Probe = { samples: [], pending: false, started: 0 };
    window.searchProbe = probe;
    input.addEventListener(
      "keydown",
      () => {
        probe.started = performance.now();
        probe.pending = true;
      },
      { capture: true },
    );
    new MutationObserver(() => {
      if (!probe.pending || status.getAttribute("data-results-for") !== input.value) return;
      probe.pending = false;
      requestAnimationFrame(() => setTimeout(() => probe.samples.push(performance.now() - probe.started)));
    }).observe(status, { attributes: true });
  });
}

const sampleCount = (page: Page) => page.evaluate(() => window.searchProbe?.samples.length ?? 0);

/** Types each query letter by letter into /search/; `searchFile` replaces the site's own index when given. */
export async function browserFigures(
  baseUrl: string,
  queries: readonly string[],
  searchFile?: string,
): Promise<BrowserFigures> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    if (searchFile)
      await page.route("**/search-index.json", (route) =>
        route.fulfill({ body: searchFile, contentType: "application/json" }),
      );
    const start = Date.now();
    await page.goto(`${baseUrl}/search/`);
    await page
      .getByRole("status")
      .filter({ hasText: /\d+ projects?/ })
      .waitFor({ timeout: 60_000 });
    const readyMs = Date.now() - start;
    await installProbe(page);
    const input = page.locator("#search-input");
    for (const query of queries) {
      await input.fill("");
      await page.waitForFunction(
        () => document.querySelector("[data-results-for]")?.getAttribute("data-results-for") === "",
      );
      for (const letter of query) {
        const before = await sampleCount(page);
        await page.keyboard.type(letter);
        await page.waitForFunction((count) => (window.searchProbe?.samples.length ?? 0) > count, before);
      }
    }
    const samples = await page.evaluate(() => window.searchProbe?.samples ?? []);
    return { keystroke: timing(samples), readyMs };
  } finally {
    await browser.close();
  }
}
