import { describe, expect, it } from "vitest";
import { debianChromium, findChromium } from "../../scripts/lib/browser";

const probe = (files: string[], env: Record<string, string> = {}) => ({
  env,
  exists: (file: string) => files.includes(file),
  playwrightPath: () => "/home/user/.cache/ms-playwright/chromium/chrome",
});

describe("findChromium", () => {
  it("prefers CHROMIUM_PATH, then Debian's Chromium, then Playwright's own", () => {
    expect(findChromium(probe(["/opt/chrome", debianChromium], { CHROMIUM_PATH: "/opt/chrome" }))).toBe(
      "/opt/chrome",
    );
    expect(findChromium(probe([debianChromium, "/home/user/.cache/ms-playwright/chromium/chrome"]))).toBe(
      debianChromium,
    );
    expect(findChromium(probe(["/home/user/.cache/ms-playwright/chromium/chrome"]))).toBe(
      "/home/user/.cache/ms-playwright/chromium/chrome",
    );
  });

  it("says what to install when there is no browser, and when CHROMIUM_PATH points at nothing", () => {
    expect(() => findChromium(probe([]))).toThrow(
      /apt-get install -y chromium.*npx playwright install chromium/,
    );
    expect(() => findChromium(probe([debianChromium], { CHROMIUM_PATH: "/nowhere" }))).toThrow(
      "CHROMIUM_PATH is /nowhere, but no file is there",
    );
  });
});
