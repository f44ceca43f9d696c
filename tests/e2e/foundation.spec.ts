import { expect, test } from "@playwright/test";
import { content } from "./content-reader";

test("the home page lists every category and every project", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (const category of content.categories) {
    await expect(page.getByRole("heading", { level: 2, name: category.name })).toBeVisible();
  }
  for (const project of content.projects) {
    await expect(page.getByRole("link", { name: project.name, exact: true }).first()).toBeVisible();
  }
});

test("a visitor follows a link from the home page to a project and back to its category", async ({
  page,
}) => {
  const project = content.projects[0]!;
  const category = content.categories.find((candidate) => candidate.slug === project.category)!;
  await page.goto("/");
  await page.getByRole("link", { name: project.name, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.slug}/$`));
  await expect(page.getByRole("heading", { level: 1, name: project.name })).toBeVisible();
  await expect(page.getByText(project.tagline).first()).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: category.name }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: category.name })).toBeVisible();
});

test("a project page shows its facts and numbered sources", async ({ page }) => {
  const withToken = content.projects.filter((project) => project.token && project.token !== "none");
  for (const project of withToken.slice(0, 3)) {
    await page.goto(`/projects/${project.slug}/`);
    const sources = page.locator("#sources + ol > li");
    await expect(sources).toHaveCount(project.sources.length);
    for (const source of project.sources) {
      await expect(page.getByRole("link", { name: source.title })).toHaveAttribute("href", source.url);
    }
    await expect(page.getByRole("row", { name: /^Token/ }).first()).toContainText(project.token!);
    await expect(page.getByText(`Last reviewed ${project.lastReviewed}`)).toBeVisible();
  }
});
