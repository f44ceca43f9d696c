// `npm run screenshots -- /trust/ /projects/akash-network/`: full-page pictures of pages of the built export, at
// desktop and phone width, light and dark, into tests/.artifacts/screenshots/ for a person to look at.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { serveDirectory } from "../bench/static-server";
import { chromiumLaunchOptions } from "./lib/browser";

const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/", "/search/?q=gpu"];
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const outDir = path.resolve("tests/.artifacts/screenshots");

async function main() {
  mkdirSync(outDir, { recursive: true });
  const { url, server } = await serveDirectory(path.resolve(process.env.ATLAS_EXPORT_DIR ?? "out"));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const [device, viewport] of Object.entries(viewports))
      for (const colorScheme of ["light", "dark"] as const) {
        const page = await browser.newPage({ viewport, colorScheme });
        for (const pagePath of pages) {
          await page.goto(`${url}${pagePath}`, { waitUntil: "networkidle" });
          const name = pagePath.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home";
          const file = path.join(outDir, `${name}-${device}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(path.relative(process.cwd(), file));
        }
        await page.close();
      }
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
