// Finds a Chromium for every script that drives a browser (e2e tests, bench, Lighthouse, screenshots): the one
// named by CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's own download, in that order. With none of
// them it says what to install instead of failing deep inside Playwright.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const debianChromium = "/usr/bin/chromium";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

type Probe = {
  env: Record<string, string | undefined>;
  exists: (file: string) => boolean;
  playwrightPath: () => string;
};

const defaultProbe: Probe = {
  env: process.env,
  exists: existsSync,
  playwrightPath: () => chromium.executablePath(),
};

export function findChromium({ env, exists, playwrightPath }: Probe = defaultProbe): string {
  if (env.CHROMIUM_PATH) {
    if (exists(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, but no file is there`);
  }
  if (exists(debianChromium)) return debianChromium;
  const own = playwrightPath();
  if (own && exists(own)) return own;
  throw new Error(
    "No Chromium found. Install Debian's (apt-get update && apt-get install -y chromium), or Playwright's (npx playwright install chromium), or set CHROMIUM_PATH to a Chromium binary.",
  );
}

export const chromiumLaunchOptions = (extraArgs: string[] = []) => ({
  executablePath: findChromium(),
  args: [...chromiumArgs, ...extraArgs],
});
