// Finds a browser for Playwright and Lighthouse: Debian's Chromium where installed, else Playwright's own.
import { existsSync } from "node:fs";

const debianChromium = "/usr/bin/chromium";

export const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
