import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./tests/browser";

const port = Number(process.env.E2E_PORT ?? 4173);

// The export under test is built with these fixture projects (see scripts/test.sh); expectations read them too.
process.env.ATLAS_EXTRA_PROJECTS ??= "tests/fixtures/e2e-projects";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "tests/.artifacts/playwright.json" }]],
  outputDir: "tests/.artifacts/playwright",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `npx serve out --no-clipboard --listen tcp://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
