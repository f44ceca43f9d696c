import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { pageTypes, vietnamesePageTypes } from "./pages";

for (const colorScheme of ["light", "dark"] as const) {
  for (const [name, path] of Object.entries({ ...pageTypes, ...vietnamesePageTypes })) {
    test(`${name} page has no axe violations in ${colorScheme} mode`, async ({ page }) => {
      test.slow(); // axe walks every node; on a loaded 2-core machine the home page alone takes 10 s
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      );
      expect(summary).toEqual([]);
    });
  }
}
