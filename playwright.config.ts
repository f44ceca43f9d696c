import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { testExportDir } from "./scripts/lib/export-dir";
import { parseHeadersFile, toServeConfig } from "./scripts/lib/static-headers";
import { chromiumLaunchOptions } from "./scripts/lib/browser";

const port = Number(process.env.E2E_PORT ?? 4173);

// The export under test is built with these fixture projects into out-test/ (see scripts/test.sh); expectations
// read them too.
process.env.ATLAS_EXTRA_PROJECTS ??= "tests/fixtures/e2e-projects";
process.env.ATLAS_EXPORT_DIR ??= testExportDir;

// The export is served with the response headers of public/_headers, so the e2e run checks the site works under them.
const serveConfig = path.resolve("tests/.artifacts/serve.json");
mkdirSync(path.dirname(serveConfig), { recursive: true });
writeFileSync(
  serveConfig,
  JSON.stringify(toServeConfig(parseHeadersFile(readFileSync("public/_headers", "utf8")))),
);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "tests/.artifacts/playwright.json" }]],
  outputDir: "tests/.artifacts/playwright",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `npx serve ${process.env.ATLAS_EXPORT_DIR} --no-clipboard --config ${serveConfig} --listen tcp://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
