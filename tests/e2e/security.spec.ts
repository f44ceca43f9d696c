import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parseHeadersFile } from "../../scripts/lib/static-headers";
import { collectDialogs } from "./dialogs";

const siteHeaders = new Map(parseHeadersFile(readFileSync("public/_headers", "utf8"))[0]!.headers);

test("a project body full of hostile HTML renders inert", async ({ page }) => {
  const dialogs = collectDialogs(page);
  await page.goto("/projects/fixture-hostile-body/");
  const body = page.locator(".prose-body");
  await expect(body).toContainText("This body is hostile on purpose");
  await expect(body.locator("script, iframe, object, embed")).toHaveCount(0);
  await expect(body.locator("[onerror], [onmouseover], [onclick]")).toHaveCount(0);
  await expect(body.locator('a[href^="javascript:"], a[href^="data:"]')).toHaveCount(0);
  await expect(body).not.toContainText("hover me");
  await body.getByText("a javascript link").click();
  expect(await page.evaluate(() => (window as { __hostile?: string }).__hostile)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

// Collects what the browser reports about the Content-Security-Policy while the page is used.
async function watchPolicy(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text()))
      problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  return problems;
}

test("the site is served with the _headers policy and works under it", async ({ page }) => {
  const problems = await watchPolicy(page);
  const response = await page.goto("/");
  for (const name of [
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "X-Frame-Options",
  ])
    expect(response!.headers()[name.toLowerCase()], name).toBe(siteHeaders.get(name));

  await page.getByRole("searchbox", { name: "Search projects" }).fill("render");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("list", { name: "Search results" }).locator("h2 a").first()).toHaveText(
    "Render Network",
  );
  await page.goto("/compare/?projects=akash-network,render-network");
  await expect(page.getByRole("table")).toBeVisible();
  await page.getByRole("textbox", { name: "Add a project" }).fill("aethir");
  await page.getByRole("button", { name: "Add Aethir" }).click();
  await expect(page).toHaveURL(/aethir$/);
  for (const path of [
    "/projects/akash-network/",
    "/landscape/",
    "/stats/",
    "/categories/iaas-cloud/?chain=solana",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await page.getByRole("link", { name: "Render Network", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Render Network" })).toBeVisible();
  expect(problems).toEqual([]);
});
