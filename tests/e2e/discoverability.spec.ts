import { factsInData } from "../../src/lib/facts/registry";
import { expect, test } from "@playwright/test";
import { parseCsv } from "../../src/lib/publish/csv";
import { content } from "./content-reader";

test("the sitemap lists every project and each URL answers 200 from the export", async ({
  page,
  request,
}) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const urls = [...(await response.text()).matchAll(/<loc>(.*?)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  for (const project of content.projects) expect(urls).toContain(`/projects/${project.slug}/`);
  for (const path of urls) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
  await page.goto("/robots.txt");
  await expect(page.locator("body")).toContainText("sitemap.xml");
});

test("a project page carries canonical, Open Graph and Twitter metadata with its own picture", async ({
  page,
  request,
}) => {
  const project = content.projects[0]!;
  await page.goto(`/projects/${project.slug}/`);
  const meta = (selector: string, attribute = "content") => page.locator(selector).getAttribute(attribute);
  expect(await meta('meta[property="og:title"]')).toBe(project.name);
  expect(new URL((await meta('link[rel="canonical"]', "href"))!).pathname).toBe(`/projects/${project.slug}/`);
  expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
  const image = new URL((await meta('meta[property="og:image"]'))!);
  expect(image.pathname).toBe(`/og/${project.slug}.png`);
  const picture = await request.get(image.pathname);
  expect(picture.status()).toBe(200);
  expect(picture.headers()["content-type"]).toBe("image/png");
});

test("the data page links to downloads that answer with data", async ({ page, request }) => {
  await page.goto("/data/");
  await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
  for (const file of ["categories.json", "chains.json", "resources.json", "project.schema.json"]) {
    await expect(page.getByRole("link", { name: file, exact: true })).toBeVisible();
    const response = await request.get(`/data/${file}`);
    expect(response.status(), file).toBe(200);
    expect(Array.isArray(await response.json()) || file.endsWith("schema.json")).toBe(true);
  }
  await expect(page.getByRole("link", { name: "projects.csv", exact: true })).toBeVisible();
  // The projects.json entry names the fields in the order the file holds them, from the fact registry.
  await expect(page.getByText(`in its order: ${factsInData.map((fact) => fact.key).join(", ")}.`)).toBeVisible();
  const csv = parseCsv(await (await request.get("/data/projects.csv")).text());
  expect(csv.slice(1).map((row) => row[0])).toEqual(content.projects.map((project) => project.slug));
  const categories = await (await request.get("/data/categories.json")).json();
  expect(categories.map((category: { slug: string }) => category.slug)).toEqual(
    content.categories.map((category) => category.slug),
  );
});
