import { expect, test } from "@playwright/test";
import { pageTypes } from "./pages";

// Saved for a person to look at (tests/.artifacts/screenshots); the assertion only checks the page rendered.
const shots = ["home", "category", "project", "landscape", "stats", "compare", "search"] as const;
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

for (const [device, viewport] of Object.entries(viewports)) {
  test(`screenshots at ${device} width`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const name of shots) {
      await page.goto(pageTypes[name]);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.screenshot({ path: `tests/.artifacts/screenshots/${name}-${device}.png`, fullPage: true });
    }
  });
}
