import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parseHeadersFile } from "../../scripts/lib/static-headers";
import { parseCsv } from "../../src/lib/publish/csv";
import { content } from "./content-reader";
import { collectDialogs } from "./dialogs";

// What the home page must be served with: the headers of every file plus those of the unframed pages.
const rules = parseHeadersFile(readFileSync("public/_headers", "utf8"));
const siteHeaders = new Map(
  rules.filter((rule) => ["/*", "/"].includes(rule.path)).flatMap((rule) => rule.headers),
);

const hostile = content.projects.find((project) => project.slug === "fixture-hostile-text")!;

test("hostile text in a name, tagline, aliases, activity and sources stays text on every page type", async ({
  page,
}) => {
  const dialogs = collectDialogs(page);
  const hostileRuns = () => page.evaluate(() => (window as { __hostile?: unknown }).__hostile);
  const pages = [
    `/projects/${hostile.slug}/`,
    `/vi/projects/${hostile.slug}/`,
    `/categories/${hostile.category}/`,
    "/landscape/",
    "/chains/base/",
    `/search/?q=${encodeURIComponent("fixture")}`,
    `/compare/?projects=${hostile.slug},akash-network`,
  ];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByText(hostile.name).first(), path).toBeVisible();
    await expect(page.locator("main script, main iframe, main img, main style"), path).toHaveCount(0);
    expect(await hostileRuns(), path).toBeUndefined();
  }
  await page.goto(`/projects/${hostile.slug}/`);
  await expect(page).toHaveTitle(new RegExp(hostile.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expect(page.getByText(hostile.tagline).first()).toBeVisible();
  await expect(page.locator(".prose-body code").first()).toHaveText(
    '<script>window.__hostile = "code"</script>',
  );
  await expect(page.getByRole("link", { name: /whose text has a/ })).toHaveAttribute(
    "href",
    /^https:\/\/hostile-body\.invalid\//,
  );
  expect(await hostileRuns()).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("the picture, JSON and CSV of a hostile project are valid and carry its text as data", async ({
  request,
}) => {
  const picture = await request.get(`/og/${hostile.slug}.png`);
  expect(picture.status()).toBe(200);
  expect(picture.headers()["content-type"]).toContain("image/png");
  const records = (await (await request.get("/data/projects.json")).json()) as {
    slug: string;
    name: string;
  }[];
  expect(records.find((record) => record.slug === hostile.slug)?.name).toBe(hostile.name);
  const rows = parseCsv(await (await request.get("/data/projects.csv")).text());
  const header = rows[0]!;
  const row = rows.find((cells) => cells[header.indexOf("slug")] === hostile.slug)!;
  expect(row[header.indexOf("name")]).toBe(hostile.name);
  expect(row[header.indexOf("tagline")]).toBe(hostile.tagline);
  for (const cells of rows) expect(cells).toHaveLength(header.length);
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
    "Cross-Origin-Opener-Policy",
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
